package org.layerwise.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.layerwise.jbake.JBakeProject;
import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Freemarker with the settings a strict build needs: errors are rethrown instead of printed into
 * the page, and reported as a problem naming the template's file and line; HTML is escaped by
 * default; locale and time zone are fixed so that output is the same on every machine. A
 * template sees only the model it is given, as a plain hash: a name the model does not hold is a
 * template error, never a look-up elsewhere.
 *
 * <p>Templates are trusted less than the Java code (see docs/security.md): {@code ?new} can
 * instantiate no class (so {@code freemarker.template.utility.Execute} cannot run programs),
 * {@code ?api} is off, and the object wrapper exposes only what is safe (no
 * {@code getClass()}, class loaders or reflection), so a template reaches only the data it is given.
 */
public final class PageTemplateEngine {

    private final Configuration freemarker;
    /** The templates folder as problems show it, from the project folder. */
    private final Path templates;

    public PageTemplateEngine(JBakeProject project) {
        Path folder = project.templateFolder().toAbsolutePath().normalize();
        templates = project.folder().toAbsolutePath().normalize().relativize(folder);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("templates folder not found: " + project.templateFolder(), e);
        }
        freemarker.setDefaultEncoding(project.templateEncoding());
        freemarker.setOutputEncoding(project.outputEncoding());
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setAttemptExceptionReporter((e, env) -> { });
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        wrapper.setMemberAccessPolicy(new TemplateMemberAccess());
        freemarker.setObjectWrapper(wrapper.build());
        freemarker.setLocale(Locale.UK);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
    }

    /** Forgets parsed templates, so that edited ones are read again (used by the preview server). */
    public void forgetTemplates() {
        freemarker.clearTemplateCache();
    }

    /**
     * The output of {@code template} (a name under the templates folder) for {@code model}, or
     * empty after adding to {@code problems} the template's mistake with its file and line.
     */
    public Optional<String> render(String template, Map<String, ?> model, List<Problem> problems) {
        StringWriter output = new StringWriter();
        try {
            freemarker.getTemplate(template).process(new SimpleHash(model, freemarker.getObjectWrapper()), output);
            return Optional.of(output.toString());
        } catch (IOException | TemplateException e) {
            problems.add(problemOf(e, template));
            return Optional.empty();
        }
    }

    private Problem problemOf(Throwable thrown, String template) {
        Throwable cause = innermostTemplateError(thrown);
        if (cause instanceof ParseException parse) {
            return new Problem(templates.resolve(nameOr(parse.getTemplateName(), template)),
                    parse.getLineNumber(), parse.getColumnNumber(), "template syntax: " + parse.getEditorMessage());
        }
        if (cause instanceof TemplateException error) {
            String message = error.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
            if (error.getBlamedExpressionString() != null) {
                message += " " + error.getBlamedExpressionString();
            }
            if (error.getCause() != null && !(error.getCause() instanceof TemplateException)) {
                message += " " + error.getCause();
            }
            return new Problem(templates.resolve(nameOr(error.getTemplateSourceName(), template)),
                    error.getLineNumber() == null ? 0 : error.getLineNumber(),
                    error.getColumnNumber() == null ? 0 : error.getColumnNumber(), message);
        }
        return Problem.at(templates.resolve(template), 0, String.valueOf(cause.getMessage()));
    }

    /** The deepest template error in the chain: the one in the template actually at fault. */
    private static Throwable innermostTemplateError(Throwable thrown) {
        Throwable found = thrown;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TemplateException || t instanceof ParseException) {
                found = t;
            }
        }
        return found;
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }
}
