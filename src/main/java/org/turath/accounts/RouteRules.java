package org.turath.accounts;

import java.util.List;

/**
 * The rules of one module's routes, declared by the module that serves them (a bean in its {@code web} package):
 * who may use each of its addresses. The security chain gathers every module's rules; anything a controller serves
 * that no rule names is refused to everyone, and {@code RouteAccessTests} checks every route for every role.
 */
public interface RouteRules {

    List<RouteAccess.Rule> rules();
}
