# Dockerfile — Vigil as a container image: a build stage makes the static
# binary (make static), the final stage is Debian slim with that one file, the
# shipped packs and a non-root user. Usage (docs/install.md):
#   docker build -t vigil .
#   docker run --rm -v "$PWD:/scan:ro" vigil scan --fail-on high .
# Both stages pin debian:bookworm-slim by digest. The digest is UNVERIFIED: it
# was copied from a public build log and has never been resolved or pulled from
# here (no container engine); check it with
# `docker buildx imagetools inspect debian:bookworm-slim` before the first build
# (docs/install.md, "Container image"). The base image is the one thing any
# install route takes from outside the package archives (Docker Hub).

FROM debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251 AS build
WORKDIR /src
COPY . .
# deps.sh installs the build dependencies; dpkg-dev brings dpkg-source, which
# scripts/cjson-source.sh needs to unpack cJSON's Debian source for the static link.
RUN scripts/deps.sh build \
 && apt-get install -y --no-install-recommends dpkg-dev \
 && make static \
 && build/static/vigil version \
 && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin vigil
# `scan --pack-name NAME` finds the packs in BINDIR/../share/vigil/packs
COPY --from=build /src/build/static/vigil /usr/local/bin/vigil
COPY --from=build /src/build/packs/ /usr/local/share/vigil/packs/
USER vigil
# A one-shot CLI, not a service: there is nothing for a health check to probe
# (DOCKERFILE_HEALTHCHECK accepts this explicit NONE).
HEALTHCHECK NONE
WORKDIR /scan
ENTRYPOINT ["/usr/local/bin/vigil"]
CMD ["scan", "."]
