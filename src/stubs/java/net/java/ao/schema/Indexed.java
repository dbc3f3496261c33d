// Source: Active Objects net.java.ao.schema.Indexed (RUNTIME, on the getter; Atlassian's "Active Objects" developer
// guide, "Indexes"); shared/reference/jira-platform.md §2.6 and "Facts added 1 Dec 2026".
package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Indexed {
}
