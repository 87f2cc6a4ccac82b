package org.layerwise.render;

import org.layerwise.plan.PageData;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A page record's components as its template's top-level variables, by component name: what
 * {@link PageData} documents. An empty {@link Optional} is left out and a present one unwrapped,
 * so that templates ask {@code reviewed??}.
 */
final class TemplateVariables {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private TemplateVariables() {
    }

    static Map<String, Object> of(PageData data) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS.get(data.getClass())) {
            Object value = value(component, data);
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(present -> variables.put(component.getName(), present));
            } else {
                variables.put(component.getName(), value);
            }
        }
        return variables;
    }

    private static Object value(RecordComponent component, PageData data) {
        try {
            return component.getAccessor().invoke(data);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + data.getClass(), e);
        }
    }
}
