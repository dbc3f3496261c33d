package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.basic.BasicWorkflow;
import com.opensymphony.workflow.config.Configuration;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.spi.Step;
import com.opensymphony.workflow.spi.WorkflowStore;
import com.opensymphony.workflow.spi.memory.MemoryWorkflowStore;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.safeguarding.jira.setup.WorkflowSetup;
import org.w3c.dom.Document;

/**
 * The "Safeguarding referral" workflow XML running in a real OSWorkflow 2.7 engine with an in-memory store, for the
 * tests and the preview host. The XML declares the OSWorkflow 2.8 DTD, which 2.7 does not bundle and would fetch, so
 * the descriptor is built from a DOM parsed without external DTDs. Our conditions, validators and functions run for
 * real, built by the caller with its doubles (as Jira builds them with its services); Jira's own post-functions live
 * in Jira, so they are recorded and handed to the caller's stand-in.
 */
public final class WorkflowEngine {
    static final String XML = "/workflow/safeguarding-referral.xml";
    static final String NAME = WorkflowSetup.WORKFLOW_NAME;

    final List<String> jiraFunctionsRun = new ArrayList<>();
    private final WorkflowDescriptor descriptor;
    private final Supplier<String> caller;
    private final Function<String, Object> adapters;
    private final JiraFunctions jiraFunctions;
    private final Configuration configuration;

    /** What stands in for Jira's own post-functions: told each one's short class name and arguments as it runs. */
    @FunctionalInterface
    public interface JiraFunctions {
        void run(String name, Map<?, ?> transientVars, Map<?, ?> args);
    }

    /**
     * @param caller   who makes the transitions (the workflow context's caller)
     * @param adapters builds our condition, validator and function classes by name
     */
    public WorkflowEngine(String caller, Function<String, Object> adapters) {
        this(() -> caller, adapters, (name, transientVars, args) -> { });
    }

    /**
     * An engine whose caller is whoever is signed in at each call, and whose stand-ins for Jira's post-functions do
     * what jiraFunctions does.
     */
    public WorkflowEngine(Supplier<String> caller, Function<String, Object> adapters, JiraFunctions jiraFunctions) {
        this.descriptor = load();
        this.caller = caller;
        this.adapters = adapters;
        this.jiraFunctions = jiraFunctions;
        this.configuration = new InMemoryConfiguration(descriptor);
    }

    /** The engine as the current caller, over the one shared store. */
    private BasicWorkflow workflow() {
        BasicWorkflow workflow = new BasicWorkflow(caller.get()) {
            @Override
            protected Object loadObject(String className) {
                if (className.startsWith("com.atlassian.jira.")) {
                    return new JiraModule(className.substring(className.lastIndexOf('.') + 1));
                }
                return adapters.apply(className);
            }
        };
        workflow.setConfiguration(configuration);
        return workflow;
    }

    /**
     * Stands in for one of Jira's own workflow classes: a post-function is recorded and handed to the caller's
     * stand-in; a validator (Jira's Create Issue permission check) is recorded and passes, as it does for everyone
     * the preview lets raise a concern (a signed-in user, as in a project whose permission scheme lets them create).
     */
    private final class JiraModule implements FunctionProvider, Validator {
        private final String name;

        JiraModule(String name) {
            this.name = name;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Map transientVars, Map args, PropertySet ps) {
            jiraFunctionsRun.add(name);
            jiraFunctions.run(name, transientVars, args);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void validate(Map transientVars, Map args, PropertySet ps) {
            jiraFunctionsRun.add(name);
        }
    }

    static WorkflowDescriptor load() {
        try (InputStream in = WorkflowEngine.class.getResourceAsStream(XML)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(in);
            WorkflowDescriptor descriptor = new WorkflowDescriptor(document.getDocumentElement());
            descriptor.validate();
            return descriptor;
        } catch (Exception e) {
            throw new IllegalStateException("the workflow XML " + XML + " does not load: " + e.getMessage(), e);
        }
    }

    public WorkflowDescriptor descriptor() {
        return descriptor;
    }

    /** Creates the case's workflow entry; Jira hands the issue being created to Create's post-functions. */
    public long create(Object issue) throws WorkflowException {
        return workflow().initialize(NAME, 1, new HashMap<>(Map.of("issue", issue)));
    }

    public void transition(long entry, int action, Map<String, Object> inputs) throws WorkflowException {
        workflow().doAction(entry, action, new HashMap<>(inputs));
    }

    public int currentStep(long entry) {
        List<?> steps = workflow().getCurrentSteps(entry);
        if (steps.size() != 1) {
            throw new AssertionError("a case is in exactly one step, not " + steps.size());
        }
        return ((Step) steps.get(0)).getStepId();
    }

    public List<Integer> availableActions(long entry, Map<String, Object> inputs) {
        return Arrays.stream(workflow().getAvailableActions(entry, new HashMap<>(inputs))).boxed().sorted()
                .collect(Collectors.toList());
    }

    /** Serves our one workflow from memory. */
    private static final class InMemoryConfiguration implements Configuration {
        private final WorkflowDescriptor descriptor;
        private final WorkflowStore store = new MemoryWorkflowStore();

        InMemoryConfiguration(WorkflowDescriptor descriptor) {
            this.descriptor = descriptor;
            try {
                store.init(new HashMap<>());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public String getPersistence() {
            return "memory";
        }

        @Override
        public Map getPersistenceArgs() {
            return new HashMap<>();
        }

        @Override
        public WorkflowDescriptor getWorkflow(String name) {
            if (!NAME.equals(name)) {
                throw new IllegalArgumentException("no workflow " + name);
            }
            return descriptor;
        }

        @Override
        public String[] getWorkflowNames() {
            return new String[] {NAME};
        }

        @Override
        public WorkflowStore getWorkflowStore() {
            return store;
        }

        @Override
        public void load(URL url) {
        }

        @Override
        public boolean removeWorkflow(String name) {
            return false;
        }

        @Override
        public boolean saveWorkflow(String name, WorkflowDescriptor workflow, boolean replace) {
            return false;
        }
    }
}
