package org.layerwise;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process with its bundled
 * schemas: no network. Reports errors only, as "line:column: message".
 */
final class NuHtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    NuHtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings ("consider adding lang") are advice, not failures
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
    }

    /** The errors in one HTML file; empty when it is valid. */
    List<String> errors(Path file) throws Exception {
        errors.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return List.copyOf(errors);
    }
}
