// Source: Active Objects net.java.ao.schema.StringLength; shared/reference/jira-platform.md §2.6 [confirmed]:
// RUNTIME, on the getter; int value(); MAX_LENGTH = 767, UNLIMITED = -1.
package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    int MAX_LENGTH = 767;
    int UNLIMITED = -1;

    int value();
}
