#!/bin/bash 
                                                                      
if test ! -f 257_numbers
then
    #make the numbers file if missing                                                   
    echo 0 > 257_numbers
fi

#Loop 100 times for the show
for i in `seq 1 100`;
do
	#Take the last number and add one
	LASTNUMBER=`tail -1 257_numbers`
	LASTNUMBER=$((LASTNUMBER+1))

	echo $LASTNUMBER >> 257_numbers
done
