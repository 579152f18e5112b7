/* gy-store.h — the one SQLite file that holds a body's pledges
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only code that speaks SQL. Everything else asks it for GyCard and friends.
 * Every public call that writes is one transaction; an error leaves the file as it was.
 */
#pragma once

#include <glib-object.h>

#include "gy-card.h"
#include "gy-term.h"
#include "gy-pledge-summary.h"

G_BEGIN_DECLS

#define GY_STORE_SCHEMA_VERSION 3
/* PRAGMA application_id of our files: "GyGk" in ASCII. */
#define GY_STORE_APPLICATION_ID 0x4779476b

#define GY_STORE_ERROR (gy_store_error_quark ())

typedef enum {
  GY_STORE_ERROR_NEWER,         /* written by a newer Gongyak: refused, left untouched */
  GY_STORE_ERROR_FOREIGN,       /* a SQLite file of another program */
  GY_STORE_ERROR_NOT_DATABASE,  /* not SQLite at all, or damaged */
  GY_STORE_ERROR_READ_ONLY,     /* a write on a file opened read-only */
  GY_STORE_ERROR_NOT_FOUND,     /* no such pledge, value or term */
  GY_STORE_ERROR_IN_USE,        /* removing a value that pledges still use */
  GY_STORE_ERROR_EXISTS,        /* adding or renaming to a name already there */
  GY_STORE_ERROR_INVALID,       /* an argument the store cannot hold */
  GY_STORE_ERROR_FAILED,        /* any other SQLite failure, with its message */
} GyStoreError;

typedef enum {
  GY_STORE_OPEN_DEFAULT   = 0,
  GY_STORE_OPEN_CREATE    = 1 << 0,  /* create the file (with the default lists) if missing */
  GY_STORE_OPEN_READ_ONLY = 1 << 1,
} GyStoreOpenFlags;

/* The body's ordered, editable lists. */
typedef enum {
  GY_LIST_SOURCES,   /* 재원: 국비, 도비, 시비, 민자, 기타 */
  GY_LIST_STATUSES,  /* 이행상태 */
  GY_LIST_SECTORS,   /* 분야 */
} GyListKind;

/* One 추진실적 entry, for the tree and the timelines. */
typedef struct {
  gint64  pledge_id;
  guint   index;         /* position within its pledge's sub-projects */
  char   *number;
  char   *title;
  char   *period_start;  /* its 사업기간 as "2019-12", or NULL */
  char   *period_end;
} GySubProjectSummary;

/* One entry of the change history (변경 이력). */
typedef struct {
  gint64  id;
  char   *when;          /* ISO 8601 local time: "2026-11-25T17:15:00" */
  gint64  pledge_id;
  char   *pledge;        /* number and title at the time */
  char   *what;          /* "연차별 투자수요 국비 2019", "사업기간", "연차별 실적/계획 2019" */
  char   *before;        /* 당초 */
  char   *after;         /* 변경 */
  char   *reason;        /* may be "" */
} GyChange;

#define GY_TYPE_STORE (gy_store_get_type ())
G_DECLARE_FINAL_TYPE (GyStore, gy_store, GY, STORE, GObject)

GQuark      gy_store_error_quark      (void);

GyStore    *gy_store_open             (const char        *path,
                                       GyStoreOpenFlags   flags,
                                       GError           **error);
const char *gy_store_get_path         (GyStore           *self);
gboolean    gy_store_is_read_only     (GyStore           *self);

/* body */
char       *gy_store_dup_body_name    (GyStore           *self);
gboolean    gy_store_set_body_name    (GyStore           *self,
                                       const char        *name,
                                       GError           **error);
gboolean    gy_store_get_continuing_is_done (GyStore     *self);
GStrv       gy_store_list_statuses_meaning  (GyStore     *self,
                                       const char        *meaning);
gboolean    gy_store_set_continuing_is_done (GyStore     *self,
                                       gboolean           done,
                                       GError           **error);

/* ordered lists */
GStrv       gy_store_list_values      (GyStore           *self,
                                       GyListKind         kind);
gboolean    gy_store_add_value        (GyStore           *self,
                                       GyListKind         kind,
                                       const char        *name,
                                       GError           **error);
gboolean    gy_store_rename_value     (GyStore           *self,
                                       GyListKind         kind,
                                       const char        *old_name,
                                       const char        *new_name,
                                       GError           **error);
gboolean    gy_store_move_value       (GyStore           *self,
                                       GyListKind         kind,
                                       const char        *name,
                                       guint              position,
                                       GError           **error);
gboolean    gy_store_remove_value     (GyStore           *self,
                                       GyListKind         kind,
                                       const char        *name,
                                       GError           **error);

/* terms */
GPtrArray  *gy_store_list_terms       (GyStore           *self);
gboolean    gy_store_add_term         (GyStore           *self,
                                       GyTerm            *term,
                                       GError           **error);
gboolean    gy_store_rename_term      (GyStore           *self,
                                       gint64             term_id,
                                       const char        *name,
                                       GError           **error);
gboolean    gy_store_remove_term      (GyStore           *self,
                                       gint64             term_id,
                                       GError           **error);

/* pledges */
GPtrArray  *gy_store_list_pledges     (GyStore           *self,
                                       GError           **error);
GPtrArray  *gy_store_list_sub_projects (GyStore          *self,
                                       GError           **error);
GHashTable *gy_store_search           (GyStore           *self,
                                       const char        *needle,
                                       GError           **error);
gboolean    gy_store_import_cards     (GyStore           *self,
                                       GPtrArray         *cards,
                                       GError           **error);
gboolean    gy_store_import_list_cards (GyStore         *self,
                                       GPtrArray         *cards,
                                       const char * const *statuses,
                                       const char        *reason,
                                       GPtrArray        **out_errors,
                                       GError           **error);
GyCard     *gy_store_load_card        (GyStore           *self,
                                       gint64             pledge_id,
                                       GError           **error);
gboolean    gy_store_save_card        (GyStore           *self,
                                       GyCard            *card,
                                       const char        *reason,
                                       GError           **error);
gboolean    gy_store_delete_pledge    (GyStore           *self,
                                       gint64             pledge_id,
                                       GError           **error);
gboolean    gy_store_delete_pledges   (GyStore           *self,
                                       const gint64      *ids,
                                       guint              n_ids,
                                       GError           **error);
gint64      gy_store_find_pledge      (GyStore           *self,
                                       const char        *number);

/* single edits, each one transaction with its history */
gboolean    gy_store_set_money_cell   (GyStore           *self,
                                       gint64             pledge_id,
                                       const char        *source,
                                       const char        *column,
                                       gint64             amount,
                                       const char        *reason,
                                       GError           **error);

/* change history */
GPtrArray  *gy_store_list_history     (GyStore           *self,
                                       gint64             pledge_id,
                                       GError           **error);

void        gy_sub_project_summary_free (GySubProjectSummary *summary);
void        gy_change_free            (GyChange          *change);

G_END_DECLS
