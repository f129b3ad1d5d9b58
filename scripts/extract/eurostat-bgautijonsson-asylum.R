# Extract Eurostat migr_asyappctza (first-time applicants) and demo_pjan (population on 1 January) from the
# verbatim Eurostat bulk downloads that the R package `eurostat` cached in github.com/bgautijonsson/asylum
# (data-raw/*.rds, commit 9f5cccaf497d60b0aa62737e59ff65126f4ad9b9 of 2024-01-18; data-raw/cache_list.json
# there gives both files' table id and download date 2024-01-18). Run by hand, never in npm test:
#
#   Rscript scripts/extract/eurostat-bgautijonsson-asylum.R <git-dir of bgautijonsson/asylum> [outdir]
#
# EU28 (2014-2019) is extracted for demo_pjan only; migr_asyappctza has no EU28 aggregate in this copy.
# (the git dir is what the `fetch` tool returned, e.g. /work/.mirror/bgautijonsson+asylum/repo). It writes
# observation rows (data/datasets/<id>/observations.csv columns) to <outdir>/euFirstTimeAsylumApplicants.csv and
# <outdir>/euPopulation.csv (default outdir /tmp/eurostat-extract); the rows are then appended by hand.
args <- commandArgs(trailingOnly = TRUE)
gitdir <- args[1]
outdir <- if (length(args) >= 2) args[2] else "/tmp/eurostat-extract"
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
commit <- "9f5cccaf497d60b0aa62737e59ff65126f4ad9b9"
show <- function(path) {
  f <- tempfile(fileext = ".rds")
  status <- system2("git", c(paste0("--git-dir=", gitdir), "show", paste0(commit, ":", path)), stdout = f)
  stopifnot(status == 0)
  readRDS(f)
}
# Series keys: ISO 3166-1 alpha-2 (Eurostat EL -> GR), EU27_2020 -> EU27. The 27 member states of 2020.
members <- c("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV",
             "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")
key <- function(geo) ifelse(geo == "EL", "GR", ifelse(geo == "EU27_2020", "EU27", geo))
geos <- c("EU27_2020", "EU28", members)
write_rows <- function(d, file) {
  d <- d[order(match(d$series, key(geos)), d$year), ]
  write.table(d, file, sep = ",", row.names = FALSE, col.names = FALSE, quote = c(9), qmethod = "double", na = "")
}

# migr_asyappctza: first-time applicants (asyl_app NASY_APP), all citizenships, both sexes, all ages, persons.
a <- show("data-raw/b77d2baf3e7aa437b527a72f0dc39ea7.rds")
a <- a[a$asyl_app == "NASY_APP" & a$citizen == "TOTAL" & a$sex == "T" & a$age == "TOTAL" & a$unit == "PER" &
       a$freq == "A" & a$geo %in% geos & !is.na(a$values), ]
a$year <- as.integer(format(a$TIME_PERIOD, "%Y"))
a <- a[a$year >= 2014 & a$year <= 2022, ]
stopifnot(all(a$values %% 5 == 0))  # Eurostat rounds these counts to 5
fa <- data.frame(series = key(a$geo), year = a$year, date = "", value = format(a$values, scientific = FALSE, trim = TRUE),
                 status = "final", precision = 5, qualifier = "", source = "eurostat-migr-asyappctza-copy-2024-01-18",
                 note = paste0("migr_asyappctza NASY_APP/TOTAL/T/TOTAL, geo ", a$geo, " (copy of 2024-01-18)"))
write_rows(fa, file.path(outdir, "euFirstTimeAsylumApplicants.csv"))

# demo_pjan: population on 1 January, both sexes, all ages, number.
p <- show("data-raw/0cd02e79f0a37b1680d4587441a87ca6.rds")
p <- p[p$sex == "T" & p$age == "TOTAL" & p$unit == "NR" & p$geo %in% geos & !is.na(p$values), ]  # EU28: 2013-2019 in the table
p$year <- as.integer(format(p$TIME_PERIOD, "%Y"))
p <- p[p$year >= 2014 & p$year <= 2022, ]
fp <- data.frame(series = key(p$geo), year = p$year, date = paste0(p$year, "-01-01"),
                 value = format(p$values, scientific = FALSE, trim = TRUE), status = "final", precision = 1, qualifier = "",
                 source = "eurostat-demo-pjan-copy-2024-01-18",
                 note = paste0("demo_pjan TOTAL/T, geo ", p$geo, " (copy of 2024-01-18)"))
write_rows(fp, file.path(outdir, "euPopulation.csv"))
cat(nrow(fa), "first-time rows,", nrow(fp), "population rows written to", outdir, "\n")
