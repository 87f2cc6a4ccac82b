package org.layerwise.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;

/** One sentence, naming the file, for a file that could not be read or written (exit code 3). */
final class IoMessages {

    private IoMessages() {
    }

    static String describe(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof UncheckedIOException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            if (cause instanceof UncheckedIOException && !cause.getMessage().equals(cause.getCause().toString())) {
                return cause.getMessage();   // already a sentence, from the code that knew what it was doing
            }
            cause = cause.getCause();
        }
        if (cause instanceof AccessDeniedException e) {
            return "permission denied for " + e.getFile() + ": the tool may not read or write it there";
        }
        if (cause instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (cause instanceof NotDirectoryException e) {
            return e.getFile() + " is a file where a folder is needed";
        }
        if (cause instanceof FileSystemException e) {
            return "could not read or write " + e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason());
        }
        if (cause instanceof CharacterCodingException) {
            return "a file is not UTF-8 text: save it as UTF-8";
        }
        if (cause instanceof IOException) {
            return "could not read or write a file: " + cause.getMessage();
        }
        return String.valueOf(cause.getMessage());
    }
}
