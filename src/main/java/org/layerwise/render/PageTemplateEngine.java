package org.layerwise.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's Freemarker integration with the settings a strict build needs. JBake's own
 * {@link FreemarkerTemplateEngine} keeps its Freemarker configuration private, so its default
 * exception handler writes a stack trace into the page; this engine rethrows instead, escapes
 * HTML by default, and fixes locale and time zone so that output is the same on every machine.
 * The model still goes through JBake's {@link FreemarkerTemplateEngine.LazyLoadingModel}.
 *
 * <p>Templates are trusted less than the Java code (see docs/security.md): {@code ?new} can
 * instantiate no class (so {@code freemarker.template.utility.Execute} cannot run programs),
 * {@code ?api} is off, and the object wrapper exposes only what is safe (no
 * {@code getClass()}, class loaders or reflection), so a template reaches only the data it is given.
 */
public final class PageTemplateEngine extends AbstractTemplateEngine {

    private final Configuration freemarker;

    public PageTemplateEngine(JBakeConfiguration config) {
        // No content store: pages get their data from the model, never from JBake's database.
        super(config, null);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("templates folder not found: " + config.getTemplateFolder(), e);
        }
        freemarker.setDefaultEncoding(config.getTemplateEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
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

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, db,
                    config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
