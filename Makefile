# Vigil — see README.md. `make scan` and `make test` do all the set-up.
#   make            build build/vigil, build/libvigil.a, build/packs/*.vgp
#   make scan       scan examples/ with the built-in rules
#   make test       run every test; last line "N passed, N failed"
#   make test SAN=1 the same under ASan+UBSan (separate build dir)
#   make SAN=thread ThreadSanitizer build in build/tsan (.ci/run uses it)
#   make bench      benchmarks (tests/bench), make fuzz FUZZ_SECONDS=N, make fuzz-long (600 s each)
CC ?= cc
SAN ?=
ifeq ($(SAN),1)
BUILD := build/san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT := -O1
else ifeq ($(SAN),thread)
BUILD := build/tsan
SANFLAGS := -fsanitize=thread -fno-omit-frame-pointer
OPT := -O1
else
BUILD := build
SANFLAGS :=
OPT := -O2
endif

PKGS := yaml-0.1 yajl libcjson nettle libpcre2-8
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

STD := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Werror
GEN := $(BUILD)/gen
INC := -I. -Ibase -Icompiler -Ivm -Iiac -Iiac/terraform -Iengine -Icli -Iinclude \
       -I$(GEN)/compiler -I$(GEN)/iac/terraform -I$(GEN)
CFLAGS_ALL = $(STD) $(OPT) -g -fPIC $(SANFLAGS) $(INC) $(PKG_CFLAGS) $(CFLAGS)
# flex/bison output: same standard, warnings that generated code trips are off
GEN_WARN := -Wall -Wno-unused-function -Wno-unused-parameter -Wno-sign-compare -Wno-unused-but-set-variable
LDLIBS_ALL = $(PKG_LIBS) -lm -lpthread $(SANFLAGS) $(LDFLAGS)
# build/vigil takes the libraries Debian ships a static archive of (libyaml,
# yajl, nettle, pcre2) from those archives, and packs its relative
# relocations (DT_RELR) when the toolchain can: fewer objects for the dynamic
# loader to map, relocate and fault in at every start, which is most of a
# small scan's fixed cost (an empty directory: ~1 ms of its ~7 ms CPU).
# cJSON has no static archive in Debian and stays shared, as does libc.
# BIN_STATIC=0 links them all shared (debian/rules does: a package uses the
# distribution's shared libraries).
BIN_STATIC ?= 1
BIN_AR_yaml := yaml
BIN_AR_yajl := yajl_s
BIN_AR_nettle := nettle
BIN_AR_pcre2-8 := pcre2-8
bin_ar = $(if $(BIN_AR_$(1)),$(filter /%,$(shell $(CC) -print-file-name=lib$(BIN_AR_$(1)).a)))
bin_lib = $(if $(filter -l%,$(1)),$(or $(call bin_ar,$(patsubst -l%,%,$(1))),$(1)),$(1))
ifeq ($(BIN_STATIC),1)
BIN_RELR := $(shell printf 'int main(void){return 0;}\n' | $(CC) -x c - -o /dev/null \
              -Wl,-z,pack-relative-relocs -Wl,--fatal-warnings 2>/dev/null && echo -Wl,-z,pack-relative-relocs)
BIN_LIBS = $(BIN_RELR) $(foreach l,$(PKG_LIBS),$(call bin_lib,$(l))) -lm -lpthread $(SANFLAGS) $(LDFLAGS)
else
BIN_LIBS = $(LDLIBS_ALL)
endif

LEX_SRC := $(wildcard compiler/*.l iac/*.l iac/terraform/*.l)
YACC_SRC := $(wildcard compiler/*.y iac/*.y iac/terraform/*.y)
LEX_C := $(patsubst %.l,$(GEN)/%.c,$(LEX_SRC))
YACC_C := $(patsubst %.y,$(GEN)/%.c,$(YACC_SRC))
YACC_H := $(YACC_C:.c=.h)
LEX_H := $(LEX_C:.c=.h)

# cli/ makes the binary; base/, compiler/, vm/, iac/ and engine/ are libvigil.
# The cli objects but main.o also go into an archive the unit tests link.
BIN_SRC := $(wildcard cli/*.c)
CLI_SRC := $(filter-out cli/main.c,$(BIN_SRC))
LIB_SRC := $(wildcard base/*.c compiler/*.c vm/*.c iac/*.c iac/terraform/*.c engine/*.c)
LIB_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRC)) \
           $(patsubst $(GEN)/%.c,$(BUILD)/obj/gen/%.o,$(LEX_C) $(YACC_C)) \
           $(BUILD)/obj/gen/stdlib_embed.o
BIN_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(BIN_SRC))
CLI_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(CLI_SRC))
STDLIB_SRC := $(shell find stdlib -name '*.vgl' | LC_ALL=C sort)
PACK_MANIFESTS := $(wildcard rules/*.pack)
PACKS := $(patsubst rules/%.pack,$(BUILD)/packs/%.vgp,$(PACK_MANIFESTS))

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

.PHONY: all deps deps-test scan test unit bench fuzz fuzz-long fuzz-smoke clean format install static deb
.DEFAULT_GOAL := all

all: deps $(BUILD)/vigil $(BUILD)/libvigil.a $(BUILD)/libvigil.so $(BUILD)/vigil.pc $(PACKS)

# deps is also an order-only prerequisite of every generated file and object:
# under make -j a target's prerequisites run side by side, and bison or the
# compiler ran before the packages they need were installed (a fresh machine)
deps:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test

# ---- generated sources ------------------------------------------------------
# Built by pattern rules, so make would delete them as intermediates after
# each run (the headers: then nothing outside make could include them).
.SECONDARY: $(YACC_C) $(YACC_H) $(LEX_C) $(LEX_H)
$(GEN)/%.c $(GEN)/%.h: %.y | deps
	@mkdir -p $(dir $@)
	bison -Wall -Werror -d -o $(GEN)/$*.c $<
$(GEN)/%.c $(GEN)/%.h: %.l | deps
	@mkdir -p $(dir $@)
	flex -o $(GEN)/$*.c --header-file=$(GEN)/$*.h $<

$(BUILD)/tools/embed: scripts/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<
$(GEN)/stdlib_embed.c: $(BUILD)/tools/embed $(STDLIB_SRC)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed stdlib stdlib $(STDLIB_SRC) > $@.tmp && mv $@.tmp $@

# ---- objects ------------------------------------------------------------------
$(BUILD)/obj/%.o: %.c | $(YACC_H) $(LEX_H) deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(WARN) -MMD -MP -c -o $@ $<
$(BUILD)/obj/gen/%.o: $(GEN)/%.c | $(YACC_H) $(LEX_H) deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_WARN) -MMD -MP -c -o $@ $<

$(BUILD)/libvigil.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^
$(BUILD)/libvigil-cli.a: $(CLI_OBJ)
	@rm -f $@
	ar rcs $@ $^
# libvigil.so: SONAME libvigil.so.SOVERSION (bump it when the ABI breaks), the
# real file libvigil.so.SOVERSION.VERSION, and libvigil.so for the linker.
# libvigil.map exports only vigil_*; the static archive keeps every symbol.
VERSION := $(shell sed -n 's/^\#define VIGIL_VERSION "\(.*\)"/\1/p' include/vigil.h)
SOVERSION := 0
SONAME := libvigil.so.$(SOVERSION)
$(BUILD)/$(SONAME).$(VERSION): $(LIB_OBJ) $(BUILD)/obj/gen/builtin_pack.o libvigil.map
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=libvigil.map -Wl,--no-undefined \
	  -o $@ $(filter %.o,$^) $(LDLIBS_ALL)
$(BUILD)/libvigil.so: $(BUILD)/$(SONAME).$(VERSION)
	ln -sf $(SONAME).$(VERSION) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $@

# The built-in pack is compiled from stdlib/ by a first-stage binary that has
# no pack of its own, then embedded into the real binary.
$(GEN)/builtin_pack_empty.c: $(BUILD)/tools/embed
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed pack cli_builtin_pack "" > $@
$(BUILD)/vigil-stage0: $(BIN_OBJ) $(BUILD)/libvigil.a $(BUILD)/obj/gen/builtin_pack_empty.o
	$(CC) -o $@ $(BIN_OBJ) $(BUILD)/obj/gen/builtin_pack_empty.o $(BUILD)/libvigil.a $(LDLIBS_ALL)
$(BUILD)/packs/builtin.vgp: $(BUILD)/vigil-stage0 $(STDLIB_SRC)
	@mkdir -p $(dir $@)
	$(BUILD)/vigil-stage0 compile -o $@ > /dev/null
$(GEN)/builtin_pack.c: $(BUILD)/tools/embed $(BUILD)/packs/builtin.vgp
	$(BUILD)/tools/embed pack cli_builtin_pack $(BUILD)/packs/builtin.vgp > $@.tmp && mv $@.tmp $@
$(BUILD)/vigil: $(BIN_OBJ) $(BUILD)/libvigil.a $(BUILD)/obj/gen/builtin_pack.o
	$(CC) -o $@ $(BIN_OBJ) $(BUILD)/obj/gen/builtin_pack.o $(BUILD)/libvigil.a $(BIN_LIBS)

# Shipped packs: rules/NAME.pack lists stdlib rule sources, one per line.
$(BUILD)/packs/%.vgp: rules/%.pack $(BUILD)/vigil-stage0 $(STDLIB_SRC)
	@mkdir -p $(dir $@)
	$(BUILD)/vigil-stage0 compile $$(grep -v '^#' $< | grep .) -o $@ > /dev/null

PREFIX ?= /usr/local
DESTDIR ?=
LIBDIR ?= $(PREFIX)/lib
$(BUILD)/vigil.pc: vigil.pc.in include/vigil.h
	@mkdir -p $(dir $@)
	sed -e '/^#/d' -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@VERSION@|$(VERSION)|' $< > $@

# make install PREFIX=/opt/vigil: binary, libraries, header, pkg-config file,
# man pages, the docs with the rule pages (DOCDIR: SARIF helpUri points there),
# stdlib sources and the shipped packs (found by
# `scan --pack-name`). LIBDIR=/usr/lib/<multiarch> for distribution packages.
DOCDIR ?= $(PREFIX)/share/doc/vigil
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man5 \
	  $(DESTDIR)$(PREFIX)/share/vigil/packs $(DESTDIR)$(DOCDIR)/rules
	install -m 755 $(BUILD)/vigil $(DESTDIR)$(PREFIX)/bin/vigil
	install -m 644 $(BUILD)/libvigil.a $(DESTDIR)$(LIBDIR)/libvigil.a
	install -m 644 $(BUILD)/$(SONAME).$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME).$(VERSION)
	ln -sf $(SONAME).$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libvigil.so
	install -m 644 include/vigil.h $(DESTDIR)$(PREFIX)/include/vigil.h
	sed -e '/^#/d' -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  vigil.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/vigil.pc
	install -m 644 docs/vigil.1 $(DESTDIR)$(PREFIX)/share/man/man1/vigil.1
	install -m 644 docs/vigil-rules.5 $(DESTDIR)$(PREFIX)/share/man/man5/vigil-rules.5
	install -m 644 docs/*.md docs/vigil-output.schema.json $(DESTDIR)$(DOCDIR)/
	install -m 644 docs/rules/*.md $(DESTDIR)$(DOCDIR)/rules/
	install -m 644 $(PACKS) $(DESTDIR)$(PREFIX)/share/vigil/packs/
	cd stdlib && find . -name '*.vgl' -exec install -D -m 644 {} $(DESTDIR)$(PREFIX)/share/vigil/stdlib/{} \;

# ---- distribution: static binary and Debian package ------------------------------
# make static: build/static/vigil, one statically linked file (glibc, libyaml,
# yajl, nettle, pcre2 from Debian's static archives; cJSON, which Debian ships
# only as a .so, compiled from its Debian source: scripts/cjson-source.sh).
STATIC_LIBS := -lyaml -lyajl_s -lnettle -lpcre2-8 -lm -lpthread
static: $(BUILD)/static/vigil
$(BUILD)/static/cjson/cJSON.c: scripts/cjson-source.sh
	scripts/cjson-source.sh $(BUILD)/static/cjson
$(BUILD)/static/cJSON.o: $(BUILD)/static/cjson/cJSON.c
	$(CC) -std=c89 $(OPT) -fPIC -I$(BUILD)/static/cjson -c -o $@ $<
$(BUILD)/static/vigil: $(BIN_OBJ) $(BUILD)/obj/gen/builtin_pack.o $(BUILD)/libvigil.a $(BUILD)/static/cJSON.o
	$(CC) -static -s -o $@ $(BIN_OBJ) $(BUILD)/obj/gen/builtin_pack.o $(BUILD)/libvigil.a \
	  $(BUILD)/static/cJSON.o $(STATIC_LIBS) $(LDFLAGS)

# make deb: Debian packages (vigil, libvigil0, libvigil-dev) in build/deb/,
# built by dpkg-buildpackage from debian/ in a copy of the tracked tree, so the
# parent directory and this tree's build/ are left alone. Needs
# `scripts/deps.sh deb`. lintian runs after (errors and warnings fail).
deb:
	@scripts/deps.sh deb
	@scripts/build-deb.sh $(BUILD)/deb

# ---- tests --------------------------------------------------------------------
$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libvigil-cli.a $(BUILD)/libvigil.a $(BUILD)/obj/gen/builtin_pack.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(WARN) -o $@ $< $(BUILD)/obj/gen/builtin_pack.o $(BUILD)/libvigil-cli.a $(BUILD)/libvigil.a $(LDLIBS_ALL) $(CMOCKA_LIBS)

unit: all $(UNIT_BIN)

test: deps-test
	@$(MAKE) --no-print-directory unit SAN=$(SAN) >/dev/null || $(MAKE) --no-print-directory unit SAN=$(SAN)
	@BUILD=$(BUILD) SAN=$(SAN) tests/run.sh

scan: deps all
	@$(BUILD)/vigil scan examples; status=$$?; \
	  echo "(vigil exited $$status: 0 = clean, 1 = findings, 2 = error)"; [ $$status -le 1 ]

bench: deps-test all
	@BUILD=$(BUILD) tests/bench/run.sh

# every harness runs under libFuzzer's -rss_limit_mb/-malloc_limit_mb=FUZZ_RSS_MB
FUZZ_RSS_MB ?= 2048
fuzz: deps-test
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RSS_MB=$(FUZZ_RSS_MB) tests/fuzz/run.sh

# the long campaign: 10 minutes per harness, one harness at a time, at the lowest
# priority (a shared machine); results in build/fuzz/summary.txt, crash inputs in
# build/fuzz/artifacts/<harness>/ (docs/reliability.md, "Fuzzing")
fuzz-long: deps-test
	@FUZZ_SECONDS=600 FUZZ_JOBS=1 FUZZ_RSS_MB=$(FUZZ_RSS_MB) nice -n 19 tests/fuzz/run.sh

# CI: every harness over its seeds and crash regressions, then 10 s of fuzzing each
fuzz-smoke: deps-test
	@FUZZ_RSS_MB=$(FUZZ_RSS_MB) tests/fuzz/smoke.sh

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
