package io.recova.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code *.jrxml} of a folder into a {@code .jasper} file of the same name, at build
 * time. The running application then only loads compiled reports: it needs no Java compiler, and a
 * broken template fails the build instead of a user's download.
 *
 * <p>Run by the build ({@code process-classes}) with two arguments: the template folder and the
 * output folder.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws TemplateCompilationException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "Usage: TemplateCompiler <template folder> <output folder>, got " + args.length
              + " argument(s)");
    }
    compileAll(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Compiles every template of {@code sourceDir} (not its subfolders) into {@code outputDir}.
   *
   * @return the compiled files, by template name
   * @throws TemplateCompilationException naming every template that does not compile, after trying
   *     them all, so that one build run shows every broken template
   */
  public static List<Path> compileAll(Path sourceDir, Path outputDir)
      throws TemplateCompilationException {
    List<Path> templates = templatesIn(sourceDir);
    if (templates.isEmpty()) {
      // An empty folder is a misconfigured build, not a module without reports.
      throw new TemplateCompilationException("No *.jrxml report template in " + sourceDir);
    }
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new TemplateCompilationException("Cannot create " + outputDir + ": " + e.getMessage());
    }
    List<Path> compiled = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path template : templates) {
      Path target = outputDir.resolve(baseName(template) + ".jasper");
      try {
        JasperCompileManager.compileReportToFile(template.toString(), target.toString());
        compiled.add(target);
      } catch (JRException | RuntimeException e) {
        // Jackson, the validator and the expression compiler all fail differently; each of their
        // messages says what is wrong, but none says which file.
        failures.add(template.getFileName() + ": " + describe(e));
      }
    }
    if (!failures.isEmpty()) {
      throw new TemplateCompilationException(
          failures.size() + " report template(s) in " + sourceDir + " do not compile:\n"
              + String.join("\n", failures));
    }
    return compiled;
  }

  private static List<Path> templatesIn(Path sourceDir) throws TemplateCompilationException {
    if (!Files.isDirectory(sourceDir)) {
      throw new TemplateCompilationException("Report template folder not found: " + sourceDir);
    }
    try (Stream<Path> files = Files.list(sourceDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jrxml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new TemplateCompilationException("Cannot list " + sourceDir + ": " + e.getMessage());
    }
  }

  private static String baseName(Path template) {
    String name = template.getFileName().toString();
    return name.substring(0, name.length() - ".jrxml".length());
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
        if (text.length() > 0) {
          text.append("\n  caused by: ");
        }
        text.append(message.strip());
      }
    }
    return text.length() == 0 ? e.getClass().getName() : text.toString();
  }
}
