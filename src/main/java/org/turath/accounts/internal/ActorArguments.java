package org.turath.accounts.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.turath.accounts.Actor;
import org.turath.shared.NotAllowedException;

import java.util.List;

/**
 * Controllers take the person acting as an {@link Actor} parameter: their e-mail, roles and states from the
 * signing-in. A route reaches a controller only when its rules let the person in, so a missing person is refused.
 */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                return Actor.of(SecurityContextHolder.getContext().getAuthentication()).orElseThrow(NotAllowedException::new);
            }
        });
    }
}
