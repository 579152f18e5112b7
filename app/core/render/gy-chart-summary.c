/* gy-chart-summary.c — the body-wide charts, drawn from the summary's own figures
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is summed here but what the summary already grouped: a chart beside a table shows
 * the table's numbers. Only the departments are gathered here, since the summary groups by 분야.
 */
#define G_LOG_DOMAIN "gy-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gy-chart-private.h"
#include "gy-chart-summary.h"

typedef struct {
  const char *name;
  gint64      money;
} Department;

static int
compare_by_money (gconstpointer a,
                  gconstpointer b)
{
  const Department *x = a;
  const Department *y = b;

  if (x->money != y->money)
    return x->money > y->money ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

static gint64
shown_amount (const GySum *sum)
{
  return sum->shown && sum->value > 0 ? sum->value : 0;
}

static void
fill_departments (GyChartData     *data,
                  const GySummary *summary)
{
  g_autoptr(GArray) departments = g_array_new (FALSE, FALSE, sizeof (Department));
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < summary->pledges->len; i++)
    {
      const GySummaryPledge *pledge = g_ptr_array_index (summary->pledges, i);
      const char *name = pledge->card->lead_dept;
      gpointer slot;

      if (name == NULL || *name == '\0' || g_strcmp0 (name, "-") == 0)
        name = _("No department");
      if (!g_hash_table_lookup_extended (index, name, NULL, &slot))
        {
          Department department = { name, 0 };

          g_array_append_val (departments, department);
          slot = GUINT_TO_POINTER (departments->len);
          g_hash_table_insert (index, (gpointer) name, slot);
        }
      g_array_index (departments, Department, GPOINTER_TO_UINT (slot) - 1).money +=
        shown_amount (&pledge->total[GY_MONEY_COLUMN_TOTAL]);
    }
  g_array_sort (departments, compare_by_money);
  for (guint i = 0; i < departments->len; i++)
    {
      const Department *department = &g_array_index (departments, Department, i);
      guint category = gy_chart_data_add_category (data, department->name, GY_CHART_GROUP_NONE,
                                                   NULL);

      gy_chart_data_set_value (data, category, 0, department->money);
    }
}

/**
 * gy_chart_data_new_for_summary:
 *
 * 총사업비 by 분야 or by 주관부서 (largest first), the pledges by 이행상태 (every status of the
 * body, 미지정 when some pledge has none), or the mean 진도율 by 분야, from SUMMARY's figures.
 *
 * Returns: (transfer full): the chart's data
 */
GyChartData *
gy_chart_data_new_for_summary (const GySummary *summary,
                               GyChartKind      kind)
{
  GyChartData *data;
  GyChartUnit unit;
  GyPaint paint;

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (!gy_chart_kind_is_pledge (kind), NULL);

  if (kind == GY_CHART_BODY_STATUSES)
    unit = GY_CHART_UNIT_COUNT;
  else if (kind == GY_CHART_BODY_PROGRESS)
    unit = GY_CHART_UNIT_PERMILLE;
  else
    unit = GY_CHART_UNIT_MONEY;
  data = gy_chart_data_new (kind, unit);
  gy_chart_data_set_title (data, gy_chart_kind_title (kind));
  if (summary->term != NULL)
    gy_chart_data_set_subtitle (data, summary->term->name);
  gy_palette_paint_neutral (&paint);
  gy_chart_data_add_series (data, NULL, &paint);

  switch (kind)
    {
    case GY_CHART_BODY_SECTORS:
    case GY_CHART_BODY_PROGRESS:
      for (guint g = 0; g < summary->groups->len; g++)
        {
          const GySummaryGroup *group = g_ptr_array_index (summary->groups, g);
          guint category = gy_chart_data_add_category (data, group->label, GY_CHART_GROUP_NONE,
                                                       NULL);
          double mean;
          gint64 value;

          if (kind == GY_CHART_BODY_SECTORS)
            value = shown_amount (&group->total[GY_MONEY_COLUMN_TOTAL]);
          else if (gy_summary_counts_mean (&group->counts, &mean))
            value = (gint64) (mean * 10 + 0.5);
          else
            value = GY_MONEY_ABSENT;
          gy_chart_data_set_value (data, category, 0, value);
        }
      break;
    case GY_CHART_BODY_STATUSES:
      for (guint s = 0; s < gy_summary_n_counts (summary); s++)
        {
          gboolean unset = s == gy_summary_n_counts (summary) - 1;
          guint category;

          if (unset && !summary->has_unset)
            continue;
          category = gy_chart_data_add_category (data, gy_summary_count_label (summary, s),
                                                 GY_CHART_GROUP_NONE, NULL);
          gy_chart_data_set_value (data, category, 0, summary->counts.by_status[s]);
        }
      break;
    case GY_CHART_BODY_DEPARTMENTS:
      fill_departments (data, summary);
      break;
    case GY_CHART_PLEDGE_YEARS:
    case GY_CHART_PLEDGE_SOURCES:
    default:
      g_assert_not_reached ();
    }
  return data;
}
