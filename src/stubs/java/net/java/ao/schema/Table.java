// Source: Active Objects net.java.ao.schema.Table (RUNTIME, on the entity interface); shared/reference/
// jira-platform.md §2.6: the table name, prefixed by AO with AO_<hash>_.
package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    String value();
}
