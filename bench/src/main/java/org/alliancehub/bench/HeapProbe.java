package org.alliancehub.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The heap of another JVM on this machine, read through its diagnostic commands, the ones
 * {@code jcmd} runs ({@code GC.run}, {@code GC.class_histogram}), and its memory MXBean. It attaches
 * once and starts the JVM's local (loopback only) management agent, so that a sample several times
 * a second costs a call, not a new {@code jcmd} JVM each time on the cores the server shares.
 */
final class HeapProbe implements AutoCloseable {

    private static final String[] STRINGS = {String[].class.getName()};

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final MemoryMXBean memory;
    private final ObjectName diagnostics;

    private HeapProbe(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        try {
            this.diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    static HeapProbe attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        return new HeapProbe(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    /** Heap in use now, garbage included. */
    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** {@code jcmd <pid> GC.run}, then the heap in use: the live objects (the server runs the serial collector, whose full GC leaves only them). */
    long live() throws Exception {
        command("gcRun");
        return used();
    }

    /** {@code jcmd <pid> GC.class_histogram}: a full GC, then bytes by class. */
    Map<String, Long> histogram() throws Exception {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : command("gcClassHistogram").split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
            } else if (columns.length == 3 && columns[0].equals("Total")) {
                bytes.put("Total", Long.parseLong(columns[2]));
            }
        }
        return bytes;
    }

    private String command(String operation) throws Exception {
        Object answer = server.invoke(diagnostics, operation, new Object[] {new String[0]}, STRINGS);
        return answer == null ? "" : answer.toString();
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
