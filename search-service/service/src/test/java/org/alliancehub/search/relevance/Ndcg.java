package org.alliancehub.search.relevance;

import java.util.List;
import java.util.Map;

/** Normalized discounted cumulative gain with graded judgments (gain 2^grade - 1). */
final class Ndcg {

    private Ndcg() {
    }

    /** nDCG at {@code k} of a ranking (ids, best first) against graded judgments; 1 when nothing is judged relevant. */
    static double at(int k, List<String> ranking, Map<String, Integer> grades) {
        double ideal = dcg(k, grades.values().stream().sorted((a, b) -> b - a).toList());
        if (ideal == 0) {
            return 1;
        }
        return dcg(k, ranking.stream().map(id -> grades.getOrDefault(id, 0)).toList()) / ideal;
    }

    private static double dcg(int k, List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
