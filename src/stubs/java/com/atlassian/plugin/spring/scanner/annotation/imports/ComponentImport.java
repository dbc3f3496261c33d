// Source: atlassian-spring-scanner annotation, decompiled in wjkennedy/DECOMPanalytics
// com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport (see shared/reference/jira-platform.md §2.8).
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
