package org.layerwise.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;

/**
 * What templates may call on the objects they are given: FreeMarker's default policy (which
 * already hides class loaders, reflection and threads), and no {@code getClass()}, so that a
 * template cannot get from its data to {@link Class} objects and their members at all.
 */
final class TemplateMemberAccess implements MemberAccessPolicy {

    private final MemberAccessPolicy defaults = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        ClassMemberAccessPolicy policy = defaults.forClass(contextClass);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(java.lang.reflect.Method method) {
                return !method.getName().equals("getClass") && policy.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                return policy.isConstructorExposed(constructor);
            }

            @Override
            public boolean isFieldExposed(java.lang.reflect.Field field) {
                return policy.isFieldExposed(field);
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return defaults.isToStringAlwaysExposed();
    }
}
