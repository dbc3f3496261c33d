// Source: Active Objects net.java.ao.schema.NotNull (RUNTIME, on the getter); shared/reference/jira-platform.md §2.6.
package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotNull {
}
