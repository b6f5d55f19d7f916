package io.recova.reports.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCompilerTest {

  private static final String VALID =
      """
      <jasperReport name="hello" language="java" pageWidth="595" pageHeight="842" columnWidth="515"
                    leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40">
        <parameter name="who" class="java.lang.String"/>
        <title height="20">
          <element kind="textField" x="0" y="0" width="515" height="20" fontName="DejaVu Sans">
            <expression><![CDATA["Hello " + $P{who}]]></expression>
          </element>
        </title>
      </jasperReport>
      """;

  @TempDir Path source;
  @TempDir Path output;

  @Test
  void compilesEveryTemplateOfTheFolder() throws Exception {
    Files.writeString(source.resolve("hello.jrxml"), VALID);
    Files.writeString(source.resolve("hello-again.jrxml"), VALID.replace("hello", "again"));
    Files.writeString(source.resolve("notes.txt"), "not a template");

    assertThat(TemplateCompiler.compileAll(source, output.resolve("reports")))
        .containsExactly(
            output.resolve("reports/hello-again.jasper"), output.resolve("reports/hello.jasper"));
    assertThat(output.resolve("reports/hello.jasper")).isNotEmptyFile();
  }

  @Test
  void failsNamingTheTemplateThatIsNotWellFormedXml() throws IOException {
    Files.writeString(source.resolve("broken.jrxml"), VALID.replace("</title>", ""));

    assertThatThrownBy(() -> TemplateCompiler.compileAll(source, output))
        .isInstanceOf(TemplateCompilationException.class)
        .hasMessageContaining("broken.jrxml");
    assertThat(output.resolve("broken.jasper")).doesNotExist();
  }

  @Test
  void failsNamingTheTemplateAndTheUnknownParameter() throws IOException {
    Files.writeString(source.resolve("typo.jrxml"), VALID.replace("$P{who}", "$P{whom}"));

    assertThatThrownBy(() -> TemplateCompiler.compileAll(source, output))
        .isInstanceOf(TemplateCompilationException.class)
        .hasMessageContaining("typo.jrxml")
        .hasMessageContaining("whom");
  }

  @Test
  void failsNamingTheTemplateWhoseExpressionIsNotJava() throws IOException {
    Files.writeString(
        source.resolve("bad-expression.jrxml"),
        VALID.replace("\"Hello \" + $P{who}", "$P{who}.noSuchMethod()"));

    assertThatThrownBy(() -> TemplateCompiler.compileAll(source, output))
        .isInstanceOf(TemplateCompilationException.class)
        .hasMessageContaining("bad-expression.jrxml")
        .hasMessageContaining("noSuchMethod");
  }

  @Test
  void namesEveryBrokenTemplateAndStillCompilesTheOthers() throws IOException {
    Files.writeString(source.resolve("a-broken.jrxml"), "<jasperReport");
    Files.writeString(source.resolve("b-fine.jrxml"), VALID);
    Files.writeString(source.resolve("c-broken.jrxml"), VALID.replace("$P{who}", "$P{nobody}"));

    assertThatThrownBy(() -> TemplateCompiler.compileAll(source, output))
        .hasMessageContaining("2 report template(s)")
        .hasMessageContaining("a-broken.jrxml")
        .hasMessageContaining("c-broken.jrxml")
        .hasMessageNotContaining("b-fine.jrxml");
    assertThat(output.resolve("b-fine.jasper")).isNotEmptyFile();
  }

  @Test
  void failsWhenTheFolderHoldsNoTemplate() {
    assertThatThrownBy(() -> TemplateCompiler.compileAll(source, output))
        .isInstanceOf(TemplateCompilationException.class)
        .hasMessageContaining("No *.jrxml");
    assertThatThrownBy(() -> TemplateCompiler.compileAll(source.resolve("missing"), output))
        .hasMessageContaining("not found");
  }
}
