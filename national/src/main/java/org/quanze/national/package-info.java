/**
 * 全国统计 — national statistics on Apache Spark over the provinces' exports (issue 11): each province exports its
 * case facts as Parquet ({@link org.quanze.national.ProvinceExport}), and the platform's own indicator catalogue
 * ({@link org.quanze.statistics.Indicators}) runs over all of them at once ({@link org.quanze.national.NationalFigures}).
 * A project of its own, so that the platform's jar never carries Spark.
 */
package org.quanze.national;
