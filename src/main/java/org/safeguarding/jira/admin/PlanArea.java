package org.safeguarding.jira.admin;

import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.plan.OurPlan;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/** The safeguarding plan's form: the template until an admin saves one, and where workers read it. */
@Named
public class PlanArea implements AdminArea {
    private final PlanStore plan;
    private final Texts texts;

    @Inject
    public PlanArea(PlanStore plan, Texts texts) {
        this.plan = plan;
        this.texts = texts;
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        OurPlan ours = OurPlan.of(plan, texts);
        return Map.of("plan", Map.of("parts", ours.parts(texts), "template", ours.template(),
                "changedOn", ours.changedOn() == null ? "" : UkDates.day(ours.changedOn()),
                "url", request.getContextPath() + PlanServlet.PATH));
    }
}
