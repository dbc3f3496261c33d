// Source: atlassian-spring-scanner annotation, decompiled in wjkennedy/DECOMPanalytics
// com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService; shared/reference/jira-platform.md §2.8.
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
