// Source: org.ofbiz.core.entity.GenericValue (Atlassian's OfBiz entity engine, which Jira exports to plugins): only
// passed as null to IssueTypeScreenSchemeEntityImpl's constructor for a new entry. Subset: nothing is called on it.
package org.ofbiz.core.entity;

public class GenericValue {
}
