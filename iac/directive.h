/* directive.h — whether a text can hold an in-source suppression directive
 * (engine/suppress.h lists the forms: "vigil:ignore" and "checkov:skip=" in
 * a comment). A loader that parses a file and lets its bytes go answers this
 * while it still holds them, so the suppression pass need not read the file
 * again to find out that it holds none (most files). */
#ifndef VIGIL_IAC_DIRECTIVE_H
#define VIGIL_IAC_DIRECTIVE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether "vigil:ignore" or "checkov:skip=" is anywhere in text[0..len):
 * false means no directive can be in it (comment or not). */
bool iac_text_may_hold_directive(const char *text, size_t len);

#endif
