package org.safeguarding.jira.setup;

import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.safeguarding.referral.ReferralStep;
import org.xml.sax.InputSource;

/** The referral workflow's XML as Jira's OSWorkflow loads it, this version's and the one the first wave installed. */
final class WorkflowXml {
    static final WorkflowDefinition.Screens SCREENS = new WorkflowDefinition.Screens(500L, 505L, 510L, 515L, 520L,
            525L);
    static final List<String> RESOLUTIONS = List.of("10100", "10101", "10102");

    private WorkflowXml() {
    }

    /** Status ids as a Jira would give them, one per step. */
    static Map<ReferralStep, String> statusIds() {
        Map<ReferralStep, String> ids = new EnumMap<>(ReferralStep.class);
        for (ReferralStep step : ReferralStep.values()) {
            ids.put(step, String.valueOf(10000 + step.ordinal()));
        }
        return ids;
    }

    /** The workflow the first wave's set-up installed, with this Jira's ids. */
    static WorkflowDescriptor firstWave() {
        return parse(WorkflowDefinition.filled(resource("safeguarding-referral-wave1.xml"), statusIds(), SCREENS,
                RESOLUTIONS, Optional.empty()));
    }

    /** New post-functions and conditions as Jira's parser makes them, from the workflows WorkflowUpgrade writes. */
    static final WorkflowUpgrade.Parts PARTS = new WorkflowUpgrade.Parts() {
        @Override
        public FunctionDescriptor postFunction(String className) {
            return newFunction(className);
        }

        @Override
        public ValidatorDescriptor validator(String className) {
            return WorkflowUpgrade.theValidator(parse(WorkflowUpgrade.oneValidator(className)));
        }

        @Override
        public RestrictionDescriptor restriction(String conditionClassName) {
            return WorkflowUpgrade.theRestriction(parse(WorkflowUpgrade.oneRestriction(conditionClassName)));
        }
    };

    /** A post-function as Jira's parser makes it, from the workflow WorkflowUpgrade writes for it. */
    static FunctionDescriptor newFunction(String className) {
        return WorkflowUpgrade.theFunction(parse(WorkflowUpgrade.oneFunction(className)));
    }

    /** As Jira's loader would, without fetching the DTD the XML declares; validated as Jira validates it. */
    static WorkflowDescriptor parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            WorkflowDescriptor workflow = new WorkflowDescriptor(factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml))).getDocumentElement());
            workflow.validate();
            return workflow;
        } catch (Exception e) {
            throw new AssertionError("OSWorkflow did not load the workflow", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WorkflowXml.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
