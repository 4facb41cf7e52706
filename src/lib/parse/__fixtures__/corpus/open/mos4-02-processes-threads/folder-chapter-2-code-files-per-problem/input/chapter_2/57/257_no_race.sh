#!/bin/bash 

#make the numbers file if missing                                                   
if test ! -f 257_numbers
then
    echo 0 > 257_numbers
fi

#Grab the lock so nobody else can butt in :)
if ln 257_numbers 257_numbers.lock
	then                                                                    
	#Loop 100 times for the show
	for i in `seq 1 100`;
	do
		#Take the last number and add one
		LASTNUMBER=`tail -1 257_numbers`
		LASTNUMBER=$((LASTNUMBER+1))

		echo $LASTNUMBER >> 257_numbers
	done

	#Release the lock
	rm 257_numbers.lock
fi
