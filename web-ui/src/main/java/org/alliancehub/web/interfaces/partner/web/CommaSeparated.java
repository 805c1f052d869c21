package org.alliancehub.web.interfaces.partner.web;

import java.util.Arrays;
import java.util.List;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A list of words typed in one field, separated by commas ("falls, ladders"); blanks and repeats dropped. */
@FacesConverter("commaSeparated")
public class CommaSeparated implements Converter<List<String>> {

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String value) {
        return split(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> value) {
        return value == null ? "" : String.join(", ", value);
    }

    static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(word -> !word.isEmpty()).distinct().limit(30).toList();
    }
}
