package org.alliancehub.stack.junit;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the engines a {@link RealStack} test class asks for, once per test run (the first class's
 * request wins; later classes of the module share it), and hands their addresses to the Payara Micro
 * that Arquillian starts, as {@code -D} options in {@code payara.cmdOptions}. Test methods may take
 * a {@link RunningStack} parameter.
 */
public class RealStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        RealStack wanted = context.getRequiredTestClass().getAnnotation(RealStack.class);
        if (wanted == null) {
            throw new IllegalStateException(context.getRequiredTestClass() + " uses RealStackExtension without @RealStack");
        }
        RunningStack stack = stackOf(context, wanted);
        Map<String, String> config = stack.configForDeploymentUnderTest();
        String cmdOptions = String.join(" ", RunningStack.jvmOptions()) + " " + config.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        System.setProperty("payara.cmdOptions", cmdOptions.strip());
        System.setProperty("payara.extraMicroOptions", "--nohazelcast");
    }

    private static RunningStack stackOf(ExtensionContext context, RealStack wanted) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningStack.class, key -> new ClosingStack(RunningStack.start(wanted)), ClosingStack.class)
                .stack();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        RealStack wanted = extension.getRequiredTestClass().getAnnotation(RealStack.class);
        return stackOf(extension, wanted);
    }

    /** Lets JUnit close the stack when the whole test run ends. */
    record ClosingStack(RunningStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }
}
