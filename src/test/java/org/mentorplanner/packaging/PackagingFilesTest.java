package org.mentorplanner.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorplanner.app.Launcher;
import org.mentorplanner.app.MentorPlannerApp;

/**
 * The files the installers are built from (packaging/, icons/) agree with each other and with
 * the app: the desktop entry, every icon they name, the launcher's main class, options and
 * runtime modules.
 * packaging/smoke-test.sh builds the app image itself and runs it.
 */
class PackagingFilesTest {

    private static final Path PACKAGING = Path.of("packaging");
    private static final Path ICONS = Path.of("icons");
    /** The sizes icons/render.sh renders, all standard sizes of the hicolor icon theme. */
    private static final Set<Integer> PNG_SIZES = Set.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final Pattern PNG_NAME = Pattern.compile("mentor-planner-(\\d+)\\.png");
    private static final Set<String> DESKTOP_KEYS = Set.of("Type", "Name", "GenericName", "Comment", "Exec", "Icon",
            "Terminal", "Categories", "Keywords", "StartupWMClass");

    @Test
    void desktopEntryStartsTheCommandWithTheIconAndGroupsTheAppsWindow() throws IOException {
        List<String> lines = Files.readAllLines(PACKAGING.resolve("linux/mentor-planner.desktop"));
        assertThat(lines).first().isEqualTo("[Desktop Entry]");
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as("a key=value line").matches("[A-Za-z][A-Za-z0-9-]*=\\S.*");
            String key = line.substring(0, line.indexOf('='));
            assertThat(entry.put(key, line.substring(key.length() + 1))).as(key + " given twice").isNull();
        }
        assertThat(DESKTOP_KEYS).as("keys of the desktop entry spec this file uses").containsAll(entry.keySet());
        assertThat(entry).contains(entry("Type", "Application"), entry("Name", "Mentor Planner"), entry("Terminal", "false"))
                .containsKeys("Comment");
        assertThat(entry.get("Exec")).as("the launcher, on the PATH as /usr/bin/<name>")
                .isEqualTo(single(options("linux.args"), "--name"));
        assertThat(entry.get("Icon")).as("the hicolor icon name build.sh installs the icons/ PNGs as")
                .isEqualTo("mentor-planner");
        assertThat(entry.get("Categories")).as("a list ends with ;").endsWith(";");
        assertThat(entry.get("Categories").split(";")).contains("Office", "Calendar");
        assertThat(entry.get("StartupWMClass")).as("JavaFX's WM_CLASS is the Application class, so the dock groups the window")
                .isEqualTo(MentorPlannerApp.class.getName());
    }

    @Test
    void renderedPngsHaveTheSizeTheirNameSays() throws IOException {
        Map<Integer, IconFormats.Png> pngs = renderedPngs();
        assertThat(pngs.keySet()).as("the sizes icons/README.md lists").containsExactlyInAnyOrderElementsOf(PNG_SIZES);
        pngs.forEach((size, png) -> assertThat(png).as("mentor-planner-" + size + ".png")
                .isEqualTo(new IconFormats.Png(size, size, 6)));
    }

    @Test
    void windowsIconHoldsSmallBitmapsAndA256PixelPng() throws IOException {
        assertThat(IconFormats.ico(Files.readAllBytes(ICONS.resolve("mentor-planner.ico"))))
                .containsExactly(entry(16, "bmp"), entry(24, "bmp"), entry(32, "bmp"), entry(48, "bmp"), entry(64, "bmp"),
                        entry(256, "png"));
    }

    @Test
    void macIconHoldsAPngOfItsTypesSizeInEveryEntry() throws IOException {
        Map<String, Integer> entries = IconFormats.icns(Files.readAllBytes(ICONS.resolve("mentor-planner.icns")));
        // The types iconutil writes, the @2x (Retina) ones holding twice the pixels.
        assertThat(entries).containsExactlyInAnyOrderEntriesOf(Map.of("icp4", 16, "ic11", 32, "icp5", 32, "ic12", 64,
                "ic07", 128, "ic13", 256, "ic08", 256, "ic14", 512, "ic09", 512, "ic10", 1024));
    }

    @Test
    void everyFileTheJpackageOptionsNameIsThereAndEveryIconSuitsItsPlatform() throws IOException {
        Map<String, String> iconTypes = Map.of("linux", ".png", "windows", ".ico", "macos", ".icns");
        List<String> files = new ArrayList<>();
        try (Stream<Path> argFiles = Files.list(PACKAGING)) {
            for (Path argFile : argFiles.filter(f -> f.toString().endsWith(".args")).sorted().toList()) {
                JpackageOptions options = JpackageOptions.read(argFile);
                options.asMap(); // throws on a value with no option before it (a lost quote)
                String platform = argFile.getFileName().toString().replaceAll("(-installer)?\\.args$", "");
                for (String icon : options.values("--icon")) {
                    assertThat(icon).as(argFile + ": jpackage's icon format on " + platform).endsWith(iconTypes.get(platform));
                    files.add(icon);
                }
                options.values("--add-launcher").forEach(launcher -> files.add(launcher.substring(launcher.indexOf('=') + 1)));
                files.addAll(options.values("--resource-dir"));
                files.addAll(options.values("--license-file"));
            }
        }
        assertThat(files).as("icons and files the options name").isNotEmpty()
                .allSatisfy(file -> assertThat(Path.of(file)).as("named in packaging/*.args").exists());
        for (String icon : files) {
            Matcher sized = PNG_NAME.matcher(Path.of(icon).getFileName().toString());
            if (sized.matches()) {
                int size = Integer.parseInt(sized.group(1));
                assertThat(IconFormats.png(Files.readAllBytes(Path.of(icon)), 0)).as(icon)
                        .isEqualTo(new IconFormats.Png(size, size, 6));
            }
        }
    }

    @Test
    void launcherStartsTheAppsMainClassWithTheOptionsItNeeds() throws IOException {
        JpackageOptions common = options("common.args");
        assertThat(single(common, "--main-class")).isEqualTo(Launcher.class.getName());
        assertThat(single(common, "--main-jar")).as("the pom's finalName").isEqualTo("mentor-planner.jar");
        assertThat(common.values("--java-options")).as("JavaFX and sqlite-jdbc load native libraries")
                .contains("--enable-native-access=ALL-UNNAMED");
        assertThat(common.values("--java-options")).as("the installed app starts on C1 only (ADR 0045)")
                .contains("-XX:TieredStopAtLevel=1", "-Djdk.reflect.useNativeAccessorOnly=true");
        Properties console = new Properties();
        try (InputStream in = Files.newInputStream(PACKAGING.resolve("windows/console-launcher.properties"))) {
            console.load(in);
        }
        assertThat(console).as("Windows: the command-line launcher keeps its console")
                .containsEntry("win-console", "true");
        assertThat(single(options("windows-installer.args"), "--win-upgrade-uuid"))
                .matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    }

    @Test
    void runtimeHoldsEveryJdkModuleTheAppsOwnClassesUse() {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), "--ignore-missing-deps", "--print-module-deps", classes.toString());
        assertThat(code).as("jdeps: " + err).isZero();
        List<String> used = List.of(out.toString().strip().split(","));
        assertThat(used).as("jdeps read the classes").contains("java.base", "java.sql");
        assertThat(single(options("common.args"), "--add-modules").split(","))
                .as("packaging/common.args --add-modules: a module missing there fails in the installed app only where it is used")
                .contains(used.toArray(String[]::new));
    }

    @Test
    void windowIconsOnTheClassPathAreTheRenderedOnesFromIcons() throws IOException {
        for (int size : renderedPngs().keySet()) {
            String name = "mentor-planner-" + size + ".png";
            try (InputStream resource = MentorPlannerApp.class.getResourceAsStream("icons/" + name)) {
                assertThat(resource).as(name + " on the class path (pom resources)").isNotNull();
                assertThat(resource.readAllBytes()).as(name + ", copied as it is").isEqualTo(Files.readAllBytes(ICONS.resolve(name)));
            }
        }
    }

    private static Map<Integer, IconFormats.Png> renderedPngs() throws IOException {
        Map<Integer, IconFormats.Png> pngs = new TreeMap<>();
        try (Stream<Path> files = Files.list(ICONS)) {
            for (Path file : files.toList()) {
                Matcher sized = PNG_NAME.matcher(file.getFileName().toString());
                if (sized.matches()) {
                    pngs.put(Integer.parseInt(sized.group(1)), IconFormats.png(Files.readAllBytes(file), 0));
                }
            }
        }
        return pngs;
    }

    private static JpackageOptions options(String file) {
        return JpackageOptions.read(PACKAGING.resolve(file));
    }

    private static String single(JpackageOptions options, String option) {
        assertThat(options.values(option)).as(options.file() + ": " + option).hasSize(1);
        return options.values(option).get(0);
    }
}
