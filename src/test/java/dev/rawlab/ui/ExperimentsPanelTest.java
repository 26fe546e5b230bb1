package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.experiment.CurveCsv;
import dev.rawlab.experiment.Fix;
import dev.rawlab.experiment.TradeoffRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Experiments panel on the window's default scene: run, chart, table, exports, and cancel. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsPanelTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(App.BUNDLE);

    private static final long WAIT_SECONDS = 60;

    private ExperimentsViewModel model;
    private ExperimentsPanel panel;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        model = new ExperimentsViewModel(MainWindow.defaultConfig());
        panel = new ExperimentsPanel(model, TEXTS);
        stage.setScene(new Scene(panel, 1200, 800));
        stage.show();
    }

    private void choose(FxRobot robot, int trials, Fix... fixes) {
        robot.interact(() -> {
            for (Fix fix : Fix.values()) {
                model.selectedProperty(fix).set(List.of(fixes).contains(fix));
            }
            model.trialsProperty().set(trials);
        });
    }

    private void waitUntilStopped() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> model.statusProperty().get() != ExperimentsViewModel.Status.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(FxRobot robot) {
        return robot.lookup("#experiment-chart").queryAs(LineChart.class);
    }

    @Test
    void aRunDrawsOneCurvePerFixAndFillsTheTradeoffTable(FxRobot robot) throws Exception {
        choose(robot, 50, Fix.EVENTUAL, Fix.CONSISTENT_READ);

        robot.clickOn("#experiment-run");
        waitUntilStopped();

        assertThat(model.statusProperty().get()).isEqualTo(ExperimentsViewModel.Status.DONE);
        List<XYChart.Series<Number, Number>> series = chart(robot).getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("eventual (any replica)", "consistent read");
        // Right after the acknowledgement the eventual read is stale, the consistent read is not; by 100 ms both are fresh.
        assertThat(series.get(0).getData().get(0).getYValue().doubleValue()).isZero();
        assertThat(series.get(1).getData().get(0).getYValue().doubleValue()).isEqualTo(1.0);
        assertThat(series.get(0).getData().get(9).getXValue().doubleValue()).isEqualTo(100);
        assertThat(series.get(0).getData().get(9).getYValue().doubleValue()).isEqualTo(1.0);
        TableView<TradeoffRow> table = robot.lookup("#experiment-table").queryTableView();
        assertThat(table.getItems()).extracting(TradeoffRow::fix).containsExactly(Fix.EVENTUAL, Fix.CONSISTENT_READ);
        assertThat(robot.lookup("#experiment-status").queryAs(Label.class).getText()).isEqualTo("Done.");
        assertThat(robot.lookup("#experiment-run").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theEditCurvesShowWhatRetryAndLazyLookupMiss(FxRobot robot) throws Exception {
        choose(robot, 30, Fix.RETRY, Fix.LAZY_LOOKUP);
        robot.clickOn("#experiment-run");
        waitUntilStopped();

        assertThat(chart(robot).getData()).allSatisfy(series ->
                assertThat(series.getData().get(0).getYValue().doubleValue()).as(series.getName()).isEqualTo(1.0));
        robot.clickOn("#experiment-chart-edit");

        assertThat(model.chartObjectProperty().get()).isEqualTo(dev.rawlab.experiment.ObjectKind.OVERWRITE);
        assertThat(chart(robot).getData()).hasSize(2).allSatisfy(series ->
                assertThat(series.getData().get(0).getYValue().doubleValue()).as(series.getName()).isZero());
    }

    @Test
    void anExportThatCannotBeWrittenIsSaidSo(FxRobot robot) {
        Path nowhere = folder.resolve("no-such-folder").resolve("curves.csv");

        assertThat(Fx.ask(() -> panel.exportCsv(nowhere))).isFalse();

        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane alert = robot.lookup("#file-error").queryAs(javafx.scene.control.DialogPane.class);
        String said = Fx.ask(() -> {
            String text = alert.getHeaderText() + "\n" + alert.getContentText();
            alert.getScene().getWindow().hide();
            return text;
        });
        assertThat(said).contains(nowhere.toString()).contains(Texts.format(TEXTS, "file.write.noFolder", nowhere.getParent()));
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void theChartExportsAsPngAndTheNumbersAsCsv(FxRobot robot) throws Exception {
        choose(robot, 20, Fix.EVENTUAL);
        robot.clickOn("#experiment-run");
        waitUntilStopped();
        Path png = folder.resolve("chart.png");
        Path csv = folder.resolve("curves.csv");

        robot.interact(() -> {
            panel.exportPng(png);
            panel.exportCsv(csv);
        });

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isPositive();
        assertThat(image.getHeight()).isPositive();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(CurveCsv.HEADER);
        assertThat(lines).hasSize(1 + 2 * ExperimentsViewModel.T_MILLIS.length);
        assertThat(lines.get(1)).isEqualTo("eventual,new,0.000,20,0.0,1.0,0.0,0.0");
    }

    @Test
    void cancelStopsALongRunAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        choose(robot, 200_000, Fix.EVENTUAL, Fix.TOKEN_WAIT);

        robot.clickOn("#experiment-run");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.progressProperty().get() > 0);
        assertThat(robot.lookup("#experiment-run").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#fix-retry");
        robot.clickOn("#experiment-cancel");
        waitUntilStopped();

        assertThat(model.statusProperty().get()).isEqualTo(ExperimentsViewModel.Status.CANCELLED);
        assertThat(model.progressProperty().get()).isLessThan(1);
        assertThat(model.selectedProperty(Fix.RETRY).get()).isTrue();
        assertThat(robot.lookup("#experiment-status").queryAs(Label.class).getText()).isEqualTo("Cancelled.");
        assertThat(robot.lookup("#experiment-run").queryAs(Button.class).isDisabled()).isFalse();
    }
}
