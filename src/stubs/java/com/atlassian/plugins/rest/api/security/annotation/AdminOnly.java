// Source: Atlassian REST v2 access annotation com.atlassian.plugins.rest.api.security.annotation.AdminOnly (Jira
// Slack plugin; developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints).
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AdminOnly {
}
