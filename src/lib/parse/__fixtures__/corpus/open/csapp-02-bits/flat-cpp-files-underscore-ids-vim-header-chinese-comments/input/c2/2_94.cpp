/*************************************************************************
    > File Name: 2_94.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月29日 星期四 15时05分41秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
#include <cmath>
#include "float_bits.h"
using namespace std;

//忽然发现网上的题解全都用了if...我自己也怎么都想不出只靠位运算、不做判断的写法
//回头再看题目要求的“位级整数编码规则”，好吧，用了if的不止这题，前面好几题都是脚写的QAQ
/*
float_bits float_twice(float_bits f){
    float_bits ans = 0;
    float_bits ft = f&0x80000000;
    float_bits fe = f&0x7f800000;
    float_bits fm = f&0x7fffff;
    fe==0 && (ans=(fm<<1)|ft) && 0 ||
    fe&& ((fe-0x7f700000)&0x80000000) && (ans=f+0x800000) ||
    fe==0x7f700000 && (ans=fe|ft) ||
    fe==0x7f800000 && (ans = f) ||
    return ans;
}*/

float_bits float_twice(float_bits f){
    unsigned sign = f>>31;
    unsigned exp = f>>23 & 0xff;
    unsigned fac = f & 0x7fffff;
    /*if(exp == 0)
        fac <<= 1;
    //就算溢出了，靠位或运算结果照样是对的
    else if(exp < 0xfe)
        exp += 1;
    else if(exp == 0xfe){
        exp += 1;
        fac = 0;
    }*/
    fac <<= !exp;
    unsigned t = ~exp+0xff;
    fac = fac & (~!!t +1);
    exp = exp + (!!exp & (t>>31 & 1 ^ 1));
    return sign<<31 | exp<<23 | fac;
}
//做datalab时又翻回来看，觉得纯位运算也未必做不到...
//结果真的做到了

int main(){
    //原想封装一个测试函数，可不知道怎么把判错的表达式传进去
    
    unsigned cur = 0, cans;
    float cf;
    int d = 0;
    do{
        cans = float_twice(cur);
        cf = u2f(cur);
        if(isnan(cf) && cans!=cur || !isnan(cf) && 2*cf!=u2f(cans)){
            printf("warning... %x %x %f\n", cur, cans, cf);
            getchar();
        }
        cur++;
        if(cur % 0x10000000 == 0)
            printf("%d/16 done\n", ++d);
    }while(cur);
    printf("all done\n");

	return 0;
}

