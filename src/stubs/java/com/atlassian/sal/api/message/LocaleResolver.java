// Source: sal-api com.atlassian.sal.api.message.LocaleResolver: Locale getLocale(), the current user's locale, as every
// SAL implementation declares it (ConfluenceLocaleResolver javadoc 5.3.4 to 7.20.2, "Specified by: getLocale in
// interface com.atlassian.sal.api.message.LocaleResolver"). Subset. [likely on Jira 10.3 and 11.3: SAL is shared]
package com.atlassian.sal.api.message;

import java.util.Locale;

public interface LocaleResolver {
    Locale getLocale();
}
