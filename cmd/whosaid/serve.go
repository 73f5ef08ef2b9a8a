package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/whosaid/whosaid/speakers"
)

// serveConfig is the configuration of `whosaid serve`, from its flags.
type serveConfig struct {
	addr            string
	maxBody         int64 // bytes
	jobs            int   // articles attributed at once, over all requests
	readTimeout     time.Duration
	writeTimeout    time.Duration
	idleTimeout     time.Duration
	shutdownTimeout time.Duration
}

const defaultMaxBody = 16 << 20

// serve runs `whosaid serve [flags]`: an HTTP server until a signal comes
// on c.signals (SIGINT, SIGTERM), then a graceful shutdown that finishes the
// requests in flight. It returns the exit status: 0 after a clean
// shutdown, 1 when the server failed or the shutdown timed out, 2 on bad
// usage.
func (c command) serve(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("whosaid serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg serveConfig
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on; the default binds loopback only (use :8080 for every interface)")
	fs.Int64Var(&cfg.maxBody, "max-body", defaultMaxBody, "largest request body in bytes (default 16 MiB); a larger one is answered 413")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "articles attributed at once over all requests; more wait their turn")
	fs.DurationVar(&cfg.readTimeout, "read-timeout", time.Minute, "time to read a request (for a batch: between two reads of its body)")
	fs.DurationVar(&cfg.writeTimeout, "write-timeout", time.Minute, "time to write a response (for a batch: between two writes)")
	fs.DurationVar(&cfg.idleTimeout, "idle-timeout", 2*time.Minute, "time a kept-alive connection may stay idle")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", 30*time.Second, "time given to requests in flight on SIGINT or SIGTERM")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: whosaid serve [flags]\n\n"+
			"Serves whosaid over HTTP:\n"+
			"  POST /v1/attribute        one article: JSON {\"id\", \"text\" | \"html\", \"url\", \"offsets\"},\n"+
			"                            or a text/plain or text/html body (?id=, ?url=, ?offsets=);\n"+
			"                            answers the record of -format json\n"+
			"  POST /v1/attribute:batch  JSON Lines in, JSON Lines out, in order, one line per line\n"+
			"  GET  /healthz, GET /version\n"+
			"It logs each request as JSON on stderr and stops gracefully on SIGINT or SIGTERM.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "whosaid serve: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if cfg.maxBody < 1 {
		fmt.Fprintf(stderr, "whosaid serve: -max-body must be positive\n")
		return 2
	}
	cfg.jobs = max(cfg.jobs, 1)

	log := slog.New(slog.NewJSONHandler(stderr, nil))
	attribute := c.attribute
	if attribute == nil {
		attribute = speakers.Attribute
	}
	s := newServer(cfg, attribute, log)
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		log.Error("listen", "err", err.Error())
		return 1
	}
	srv := &http.Server{
		Handler:           s.handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "addr", ln.Addr().String(), "version", buildVersion().Version,
		"max_body", cfg.maxBody, "jobs", cfg.jobs)
	if c.listening != nil {
		c.listening <- ln.Addr().String()
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		log.Error("serve", "err", err.Error())
		return 1
	case sig := <-c.signals:
		log.Info("shutting down", "signal", sig.String(), "timeout", cfg.shutdownTimeout.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		log.Error("shutdown", "err", err.Error())
		srv.Close()
		return 1
	}
	<-served // http.ErrServerClosed
	log.Info("stopped")
	return 0
}
