/* dockerfile.h — Dockerfiles (not YAML): every image a build pulls (FROM,
 * COPY --from, RUN --mount from=) as image resources, and
 * the file as a resource with its USER, HEALTHCHECK and ADD instructions. */
#ifndef VIGIL_IAC_DOCKERFILE_H
#define VIGIL_IAC_DOCKERFILE_H

#include <stdbool.h>

#include "iac.h"

/* Dockerfile, *.dockerfile, Dockerfile.* (base name, case-insensitive). */
bool iac_dockerfile_name(const char *base);
/* Build u's resources from u->text: one kind "image" resource (format
 * dockerfile, type "base", name = the stage's `AS` name or "stage[N]") per
 * FROM, with global ARG defaults substituted (unknown when an ARG has none),
 * skipping `FROM scratch` and FROM of an earlier stage; one image resource
 * (type "copy" / "mount", name "STAGE copy[N]" / "STAGE mount[N]") per
 * `COPY --from=REF` and `RUN --mount=...,from=REF` whose REF is not a stage
 * of the file (a stage name, case-insensitive, or index), with the stage's
 * ARGs expanded, located at REF; and, when the file
 * has a FROM, one kind "file" resource (type "Dockerfile", name = the base
 * name) whose body is {stage, user, healthcheck, add, run, expose, env, stages,
 * maintainer, workdir}: the final stage's last
 * USER (ENV of the stage and the stages it is built FROM, then ARGs,
 * expanded; unknown with the reason when one has no value here) and HEALTHCHECK arguments as
 * located strings (missing when the stage has none; a stage FROM an earlier one inherits them), and
 * the arguments of every ADD in the file as a list; run: every RUN as
 * {args, commands} (commands: its shell commands split on ; && || | outside
 * quotes); expose: every EXPOSE's arguments (ARGs expanded); env: the
 * arguments of every ENV and ARG as written; stages: every stage's `AS`
 * name, located; maintainer: every MAINTAINER's arguments as written;
 * workdir: every WORKDIR's arguments with the ENV (of the stage and the
 * stages it is built FROM) and ARG values the file sets expanded, variables
 * without a value here kept as written. */
void iac_dockerfile_load(iac_unit *u);

#endif
