# syntax=docker/dockerfile:1
# The FetchRun runner image: fetches a .csx job named in the job parameters, compiles it (cached) and runs it.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
ARG TARGETARCH=amd64
WORKDIR /src
COPY . .
RUN rid=$([ "$TARGETARCH" = "arm64" ] && echo linux-arm64 || echo linux-x64) \
 && bash runner/publish.sh /app "$rid"

# Chiseled: no shell, no package manager, a non-root user (app, 1654) built in.
FROM mcr.microsoft.com/dotnet/runtime:10.0.12-noble-chiseled
COPY --from=build /app /app
# Everything the runner writes (compile cache, the embedded SQLite default, temp files) stays under /tmp,
# so the root filesystem can be mounted read-only.
ENV PATH=/app:/usr/local/bin:/usr/bin:/bin \
    DOTNET_ROOT=/usr/share/dotnet \
    HOME=/tmp \
    TMPDIR=/tmp \
    FETCHRUN_CACHE_DIR=/tmp/fetchrun-cache \
    DOTNET_gcServer=0 \
    DOTNET_TieredPGO=1
WORKDIR /tmp
USER app
# Exec form: fetchrun is PID 1 and receives SIGTERM from ECS directly.
ENTRYPOINT ["fetchrun"]
CMD ["--help"]
