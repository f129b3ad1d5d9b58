# Extract Eurostat tps00001 (population on 1 January) for 2023-2025 from the derived annual panel
# data/processed/panel_annual.csv in github.com/jjdlg361/real_estate_migration, commit
# d1304b232bbfbfb0667fd23671649641ad80098c of 2026-03-15. The panel joins several Eurostat tables; its
# `population` column copies tps00001 (data/metadata/eurostat_fetch_catalog.json there: code TPS00001,
# indic_de JAN, fetched 2026-03-06 with the eurostat Python package). A derived file, used only because no
# verbatim copy of demo_pjan/tps00001 for 2023-2025 was found. Greece (EL) is not in the panel.
# Run by hand, never in npm test:
#
#   Rscript scripts/extract/eurostat-tps00001-panel.R <git-dir of jjdlg361/real_estate_migration> [outdir]
#
# Writes <outdir>/euPopulation-tps00001.csv (default /tmp/eurostat-extract) and prints, as a check that the column
# is copied unchanged, how many of its 2014-2021 values equal the demo_pjan copy of 2024-01-18
# (<outdir>/euPopulation.csv from scripts/extract/eurostat-bgautijonsson-asylum.R), if that file exists.
args <- commandArgs(trailingOnly = TRUE)
gitdir <- args[1]
outdir <- if (length(args) >= 2) args[2] else "/tmp/eurostat-extract"
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
commit <- "d1304b232bbfbfb0667fd23671649641ad80098c"
f <- tempfile(fileext = ".csv")
stopifnot(system2("git", c(paste0("--git-dir=", gitdir), "show", paste0(commit, ":data/processed/panel_annual.csv")), stdout = f) == 0)
d <- read.csv(f, colClasses = c(geo = "character"))
members <- c("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV",
             "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")
d <- d[d$geo %in% members & !is.na(d$population), c("geo", "year", "population")]
stopifnot(all(d$population == round(d$population)))
later <- file.path(outdir, "euPopulation.csv")
if (file.exists(later)) {
  r <- read.csv(later, header = FALSE, colClasses = "character")[, c(1, 2, 4)]
  names(r) <- c("geo", "year", "rds")
  m <- merge(d[d$year >= 2014 & d$year <= 2021, ], r, by = c("geo", "year"))
  cat("2014-2021:", sum(m$population == as.numeric(m$rds)), "of", nrow(m), "values equal the demo_pjan copy of 2024-01-18\n")
}
o <- d[d$year >= 2023 & d$year <= 2025, ]
o <- o[order(match(o$geo, members), o$year), ]
out <- data.frame(series = ifelse(o$geo == "EL", "GR", o$geo), year = o$year, date = paste0(o$year, "-01-01"),
                  value = format(o$population, scientific = FALSE, trim = TRUE),
                  status = ifelse(o$year == 2025, "provisional", "final"), precision = 1, qualifier = "",
                  source = "eurostat-tps00001-panel-copy-2026-03-15",
                  note = paste0("tps00001 ", o$geo, " ", o$year, " as copied into a derived panel (fetched 2026-03-06)",
                                ifelse(o$year == 2025, "; first-year figure, provisional", "")))
write.table(out, file.path(outdir, "euPopulation-tps00001.csv"), sep = ",", row.names = FALSE, col.names = FALSE,
            quote = c(9), qmethod = "double")
cat(nrow(out), "rows written\n")
