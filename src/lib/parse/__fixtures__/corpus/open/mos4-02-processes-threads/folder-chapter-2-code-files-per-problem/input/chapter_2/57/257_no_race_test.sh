#!/bin/bash                                                                       

#start 2 copies together and watch for the race
sh 257_no_race.sh &
sh 257_no_race.sh
