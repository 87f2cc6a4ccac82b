import org.layerwise.Browser;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Used by bench/browser-reload, not part of the tool: opens a preview page in headless Chromium,
 * appends a line to its Markdown file, and prints how long each save takes until the page the
 * live-reload script reloaded has finished loading and shows the line.
 *
 * usage: BrowserReload URL FILE EDITS
 */
public final class BrowserReload {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path file = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        try (Browser browser = Browser.start()) {
            browser.open(url);
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            Thread.sleep(1500);   // let the page connect to the event stream
            for (int i = 1; i <= edits; i++) {
                String word = "browseredit" + i + "at" + System.nanoTime();
                page.executeScript("window.layerwiseBench = 1;");   // gone once the page has reloaded
                long start = System.nanoTime();
                Files.writeString(file, "\n" + word + "\n", StandardOpenOption.APPEND);
                while (!reloadedWith(page, word)) {
                    Thread.sleep(2);
                }
                System.out.printf("%d%n", (System.nanoTime() - start) / 1_000_000);
                Thread.sleep(1000);
            }
        }
    }

    private static boolean reloadedWith(JavascriptExecutor page, String word) {
        try {
            return Boolean.TRUE.equals(page.executeScript("return window.layerwiseBench === undefined"
                    + " && document.readyState === 'complete' && document.body.textContent.includes(arguments[0]);", word));
        } catch (RuntimeException reloading) {
            return false;   // the old document is going away
        }
    }
}
