// Source: Atlassian REST v2 access annotation com.atlassian.plugins.rest.api.security.annotation.LicensedOnly, as
// imported by the Jira Slack plugin and alanmosely/basic-jira-development-panels v2 (Jira 11); behaviour per
// developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints. Marker annotation.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {
}
