package org.layerwise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assets are published as they are, so the build refuses the ones that would leak, replace or run. */
class AssetChecksIT {

    @TempDir
    Path folder;

    private String failingBuild(FixtureSite site) {
        String err = site.failingBuild().err();
        assertFalse(Files.exists(site.output()), "nothing published");
        return err;
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheProjectIsRefused() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "password");
        FixtureSite site = FixtureSite.minimal(folder.resolve("project"));
        Files.createSymbolicLink(site.root().resolve("assets/passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.root().resolve("assets/img-secret.txt"), secret);
        Files.createSymbolicLink(site.root().resolve("assets/etc"), Path.of("/etc"));
        Files.createSymbolicLink(site.root().resolve("assets/dangling"), folder.resolve("nothing-here"));
        String err = failingBuild(site);
        assertTrue(err.contains("assets/passwd: a symbolic link to a place outside assets/ (/etc/passwd)"), err);
        assertTrue(err.contains("assets/img-secret.txt: a symbolic link to a place outside assets/"), err);
        assertTrue(err.contains("assets/etc: a symbolic link to a place outside assets/"), err);
        assertTrue(err.contains("assets/dangling: a symbolic link to a place outside assets/"), err);
        assertTrue(err.contains("4 problems"), err);
    }

    @Test
    void aSymbolicLinkWithinAssetsIsPublishedAsItsFile() throws Exception {
        FixtureSite site = FixtureSite.minimal(folder);
        Files.createSymbolicLink(site.root().resolve("assets/icon.svg"), site.root().resolve("assets/favicon.svg"));
        site.build();
        assertEquals(site.read("assets/favicon.svg"), site.read("target/site/icon.svg"));
    }

    @Test
    void anAssetAtTheAddressOfAGeneratedPageOrFileIsRefused() {
        FixtureSite site = FixtureSite.minimal(folder);
        // the feed is written only for a site whose address is known
        site.write("jbake.properties", site.read("jbake.properties").replace("site.host=", "site.host=https://example.org"))
                .write("assets/index.html", "<p>hijacked</p>")
                .write("assets/about/index.html", "<p>hijacked</p>")
                .write("assets/search-index.json", "[]")
                .write("assets/feed.xml", "<x/>")
                .write("assets/robots.txt", "Disallow: /")
                .write("assets/articles", "a file where a folder of pages goes");
        String err = failingBuild(site);
        assertTrue(err.contains("assets/index.html: this asset would replace /index.html, which the build generates"), err);
        assertTrue(err.contains("assets/about/index.html: this asset would replace /about/index.html"), err);
        assertTrue(err.contains("assets/search-index.json: this asset would replace /search-index.json"), err);
        assertTrue(err.contains("assets/feed.xml: this asset would replace /feed.xml"), err);
        assertTrue(err.contains("assets/robots.txt: this asset would replace /robots.txt"), err);
        assertTrue(err.contains("assets/articles: this asset is at /articles, the folder of generated pages"), err);
        assertTrue(err.contains("6 problems"), err);
    }

    @Test
    void anSvgThatCouldRunCodeOrLoadAnythingIsRefused() {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        FixtureSite site = FixtureSite.minimal(folder)
                .write("assets/img/script.svg", open + "<script>alert(1)</script></svg>")
                .write("assets/img/onload.svg", open.replace("<svg ", "<svg onload=\"alert(1)\" ") + "</svg>")
                .write("assets/img/onclick.svg", open + "<rect ONCLICK=\"alert(1)\"/></svg>")
                .write("assets/img/href.svg", open + "<a href=\" javascript:alert(1)\"><text>x</text></a></svg>")
                .write("assets/img/xlink.svg", open + "<a xlink:href=\"data:text/html,x\"><text>x</text></a></svg>")
                .write("assets/img/foreign.svg", open + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "x</p></foreignObject></svg>")
                .write("assets/img/xhtml.svg", open + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)"
                        + "</h:script></svg>")
                .write("assets/img/use.svg", open + "<use href=\"https://evil.example/x.svg#a\"/></svg>")
                .write("assets/img/import.svg", open + "<style>@import 'https://evil.example/x.css';</style></svg>")
                .write("assets/img/url.svg", open + "<style>rect { fill: url(https://evil.example/p.svg#x) }</style>"
                        + "</svg>")
                .write("assets/img/escaped.svg", open + "<style>rect { fill: \\75 rl(//evil.example/) }</style></svg>")
                .write("assets/img/set.svg", open + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/>"
                        + "<text>x</text></a></svg>")
                .write("assets/img/pi.svg", "<?xml-stylesheet href=\"https://evil.example/x.css\"?>" + open + "</svg>")
                .write("assets/img/xxe.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + open
                        + "<text>&x;</text></svg>")
                .write("assets/img/entity.svg", "<!DOCTYPE svg [<!ENTITY s \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>"
                        + open + "&s;</svg>")
                .write("assets/img/broken.svg", open + "<rect></svg>");
        String err = failingBuild(site);
        for (String name : new String[] {"script", "onload", "onclick", "href", "xlink", "foreign", "xhtml", "use",
                "import", "url", "escaped", "set", "pi", "xxe", "entity", "broken"}) {
            assertTrue(err.contains("assets/img/" + name + ".svg"), name + " is refused: " + err);
        }
        assertFalse(err.contains("root:"), "the parser read no outside file: " + err);
        assertTrue(err.contains("16 problems"), err);
    }

    @Test
    void aDrawingSvgWithLocalReferencesIsPublished() {
        FixtureSite site = FixtureSite.minimal(folder).write("assets/img/ok.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <title>A drop</title>
                  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
                  <circle id="c" r="2"/></defs>
                  <style>circle { fill: url(#g) } /* a comment */</style>
                  <use xlink:href="#c" x="5" y="5"/>
                  <rect width="10" height="10" fill="url(#g)"/>
                  <a href="../articles/"><text x="1" y="9">Read</text></a>
                </svg>
                """);
        site.build();
        assertTrue(Files.exists(site.output().resolve("img/ok.svg")));
    }
}
