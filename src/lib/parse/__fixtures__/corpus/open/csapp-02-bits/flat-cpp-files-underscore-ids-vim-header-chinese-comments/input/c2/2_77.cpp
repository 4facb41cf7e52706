/*************************************************************************
    > File Name: 2_77.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月29日 星期四 11时27分50秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int getA(int x){
    return (x<<4)+x;
}
int getB(int x){
    return x-(x<<3);
}
int getC(int x){
    return (x<<6)-(x<<2);
}
int getD(int x){
    return (x<<4)-(x<<7);
}

int main(){
	return 0;
}

