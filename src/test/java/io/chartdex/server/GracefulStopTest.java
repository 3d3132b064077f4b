package io.chartdex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server: requests in flight finish, then the index is closed with their work. */
class GracefulStopTest {
  @TempDir Path directory;
  RunningServer api;

  @BeforeEach
  void serve() throws Exception {
    api = RunningServer.overSamples(directory.resolve("index"), ServerConfig.ephemeral());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  /**
   * The request announces its body with {@code Expect: 100-continue}; the server says "100
   * Continue" only once the handler reads the body, so the test knows the request is in flight
   * before it stops the server, and sends the body only after stop has begun.
   */
  @Test
  void stopLetsARequestInFlightFinishAndKeepsWhatItIndexed() throws Exception {
    byte[] body =
        "## Bar Chart: Throughput of Quillon\nA bar chart.\n".getBytes(StandardCharsets.UTF_8);
    List<String> answers = new ArrayList<>();
    try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
      OutputStream out = socket.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out.write(
          ("POST /api/charts?id=quillon.md HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: text/markdown\r\nExpect: 100-continue\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      answers.add(in.readLine());
      in.readLine(); // the blank line ending the interim answer

      CompletableFuture<Void> stopping = CompletableFuture.runAsync(this::stopServer);
      // However long we wait, a graceful stop cannot finish before this request has.
      Thread.sleep(500);
      boolean stoppedTooEarly = stopping.isDone();
      out.write(body);
      out.flush();
      answers.add(in.readLine());
      stopping.get(30, TimeUnit.SECONDS);
      assertThat(stoppedTooEarly).isFalse();
    }

    assertThat(answers).containsExactly("HTTP/1.1 100 Continue", "HTTP/1.1 201 Created");
    api = RunningServer.reopen(directory.resolve("index"), ServerConfig.ephemeral());
    assertThat(api.get("/api/charts/quillon.md").statusCode()).isEqualTo(200);
  }

  private void stopServer() {
    try {
      api.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
