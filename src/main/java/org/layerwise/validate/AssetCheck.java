package org.layerwise.validate;

import org.layerwise.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code assets/} may hold, checked before anything is written: every file is published as
 * it is, at the site root, so
 * <ul>
 * <li>a symbolic link must stay inside {@code assets/} (one to {@code /etc/passwd} would publish it);</li>
 * <li>no asset may sit at the address of a page or data file the build generates, or at a folder
 * that holds one (it would silently replace it, or the page would replace it);</li>
 * <li>an SVG file may only draw ({@link SvgPolicy}).</li>
 * </ul>
 * Every problem of every asset is reported, with the asset's path.
 */
public final class AssetCheck {

    private final Path project;
    private final Path assets;

    /**
     * @param project the project folder, for the paths messages show
     * @param assets  the assets folder
     */
    public AssetCheck(Path project, Path assets) {
        this.project = project.toAbsolutePath().normalize();
        this.assets = assets.toAbsolutePath().normalize();
    }

    /** Checks every asset against the site paths the build generates ({@code generated}). */
    public void check(Set<String> generated, List<Problem> problems) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        Path realAssets;
        try {
            realAssets = assets.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> generatedFolders = new HashSet<>();
        for (String file : generated) {
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                generatedFolders.add(file.substring(0, slash));
            }
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path path : walk.sorted().toList()) {
                if (path.equals(assets)) {
                    continue;
                }
                Path shown = project.relativize(path);
                if (Files.isSymbolicLink(path) && !linksInside(path, realAssets)) {
                    problems.add(Problem.at(shown, 0, "a symbolic link to a place outside assets/ ("
                            + target(path) + "); copy the file into assets/ instead"));
                    continue;
                }
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                String sitePath = assets.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
                if (generated.contains(sitePath)) {
                    problems.add(Problem.at(shown, 0, "this asset would replace /" + sitePath
                            + ", which the build generates; rename or move it"));
                } else if (generatedFolders.contains(sitePath)) {
                    problems.add(Problem.at(shown, 0, "this asset is at /" + sitePath
                            + ", the folder of generated pages; rename or move it"));
                }
                if (sitePath.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    for (SvgPolicy.Finding finding : SvgPolicy.check(Files.readAllBytes(path))) {
                        problems.add(new Problem(shown, finding.line(), finding.column(), finding.message()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a link leads to an existing file or folder inside assets/ (links followed to the end). */
    private static boolean linksInside(Path link, Path realAssets) {
        try {
            return link.toRealPath().startsWith(realAssets);
        } catch (IOException broken) {
            return false;
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
