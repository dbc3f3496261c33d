// Source: com.atlassian.event.api.EventListener (atlassian-event): marks the method an EventPublisher calls with each
// event of its parameter's type, as public Jira plugins annotate onIssueEvent(IssueEvent) (the search tool).
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
