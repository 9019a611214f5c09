# Drawn by scripts/bench.sh; run from anywhere: paths are relative to this file's folder.
cd '/work/main/bench/results/latest'
set terminal pngcairo size 1100,760 font 'sans,10'
set output 'chart.png'
set multiplot layout 2,1 title 'arete-load: per block, by chain time since the first measured block (log scale; empty blocks left out)'
set grid
set key top right
set xlabel 'seconds (chain time)'
set ylabel 'load extrinsics included'
set logscale y
plot 'transfer.dat' using 1:($2 > 0 ? $2 : NaN) with steps lw 2 title 'transfer', \
  'verified.dat' using 1:($2 > 0 ? $2 : NaN) with steps lw 2 title 'verified', \
  'optimistic.dat' using 1:($2 > 0 ? $2 : NaN) with steps lw 2 title 'optimistic'
set ylabel 'verified events'
plot 'transfer.dat' using 1:($3 > 0 ? $3 : NaN) with steps lw 2 title 'transfer', \
  'verified.dat' using 1:($3 > 0 ? $3 : NaN) with steps lw 2 title 'verified', \
  'optimistic.dat' using 1:($3 > 0 ? $3 : NaN) with steps lw 2 title 'optimistic'
unset multiplot
