; ModuleID = 'xor.nn'
source_filename = "xor.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [2 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"train.step\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"train.h.weight.exp_avg\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"train.h.weight.exp_avg_sq\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"train.h.bias.exp_avg\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"train.h.bias.exp_avg_sq\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"train.y.weight.exp_avg\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"train.y.weight.exp_avg_sq\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"train.y.bias.exp_avg\00", align 1
@.str.13 = private unnamed_addr constant [24 x i8] c"train.y.bias.exp_avg_sq\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@xor_tensors = internal constant [17 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 0, i8 0, i8 2, i32 2, i32 8, i32 13 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 16, i8 0, i8 0, i32 2, i32 8, i32 14 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 32, i8 0, i8 2, i32 8, i32 1, i32 15 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 48, i8 0, i8 0, i32 8, i32 1, i32 16 }, %struct.nnrt_tensor { ptr @.str.5, i32 0, [2 x i32] zeroinitializer, i64 64, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.6, i32 2, [2 x i32] [i32 8, i32 2], i64 80, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.7, i32 2, [2 x i32] [i32 8, i32 2], i64 96, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.8, i32 1, [2 x i32] [i32 8, i32 0], i64 112, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.9, i32 1, [2 x i32] [i32 8, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.10, i32 2, [2 x i32] [i32 1, i32 8], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 2, [2 x i32] [i32 1, i32 8], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 1, [2 x i32] [i32 1, i32 0], i64 176, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 1, [2 x i32] [i32 1, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 208, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 224, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 240, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 256, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@xor_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 2, i64 1, i64 4, i64 400, ptr @xor_tensors, i64 17, i64 33, i32 3, i32 500, double 0.000000e+00, i32 0, i64 1, ptr null, ptr @xor_forward, ptr @xor_train_step, ptr @xor_eval_batch }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @xor_forward(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture writeonly %y, i64 %n) #0 {
entry:
  %ws461 = ptrtoint ptr %ws to i64
  %y460 = ptrtoint ptr %y to i64
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j0.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %1 = phi i1 [ false, %i0.cond.i0.end_crit_edge.us ], [ true, %entry ]
  %j0.0344.us = phi i64 [ 4, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %2 = shl nuw nsw i64 %j0.0344.us, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0344.us
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = shl nuw nsw i64 %i0.0343.us, 3
  %5 = or disjoint i64 %4, %j0.0344.us
  %6 = getelementptr inbounds float, ptr %h, i64 %5
  %7 = load <4 x float>, ptr %3, align 16
  %8 = fadd <4 x float> %137, %7
  %9 = fcmp olt <4 x float> %8, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %10 = select <4 x i1> %9, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %8
  %11 = fcmp ogt <4 x float> %8, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %12 = select <4 x i1> %11, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %10
  %13 = fmul <4 x float> %12, %12
  %14 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %15 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %13, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %15, <4 x float> %13, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %16, <4 x float> %13, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %17, <4 x float> %13, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %18, <4 x float> %13, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %20, <4 x float> %13, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %22 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %21, <4 x float> %13, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %23 = fmul <4 x float> %12, %19
  %24 = fdiv <4 x float> %23, %22
  %25 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %8)
  %26 = fcmp olt <4 x float> %25, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %27 = select <4 x i1> %26, <4 x float> %8, <4 x float> %24
  store <4 x float> %27, ptr %6, align 16
  %28 = or disjoint i64 %4, %j0.0344.us
  %29 = or disjoint i64 %28, 8
  %30 = getelementptr inbounds float, ptr %h, i64 %29
  %31 = load <4 x float>, ptr %3, align 16
  %32 = fadd <4 x float> %140, %31
  %33 = fcmp olt <4 x float> %32, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %34 = select <4 x i1> %33, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %32
  %35 = fcmp ogt <4 x float> %32, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %36 = select <4 x i1> %35, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %34
  %37 = fmul <4 x float> %36, %36
  %38 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %39 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> %37, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %40 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %39, <4 x float> %37, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %41 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> %37, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %42 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %41, <4 x float> %37, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %43 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %42, <4 x float> %37, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> %37, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %46 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %45, <4 x float> %37, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %47 = fmul <4 x float> %36, %43
  %48 = fdiv <4 x float> %47, %46
  %49 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %32)
  %50 = fcmp olt <4 x float> %49, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %51 = select <4 x i1> %50, <4 x float> %32, <4 x float> %48
  store <4 x float> %51, ptr %30, align 16
  %52 = or disjoint i64 %4, %j0.0344.us
  %53 = or disjoint i64 %52, 16
  %54 = getelementptr inbounds float, ptr %h, i64 %53
  %55 = load <4 x float>, ptr %3, align 16
  %56 = fadd <4 x float> %143, %55
  %57 = fcmp olt <4 x float> %56, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %58 = select <4 x i1> %57, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %56
  %59 = fcmp ogt <4 x float> %56, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %60 = select <4 x i1> %59, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %58
  %61 = fmul <4 x float> %60, %60
  %62 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %63 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %61, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %64 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %63, <4 x float> %61, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %65 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %61, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %66 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %65, <4 x float> %61, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %67 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %61, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %69 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %61, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %70 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %69, <4 x float> %61, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %71 = fmul <4 x float> %60, %67
  %72 = fdiv <4 x float> %71, %70
  %73 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %56)
  %74 = fcmp olt <4 x float> %73, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %75 = select <4 x i1> %74, <4 x float> %56, <4 x float> %72
  store <4 x float> %75, ptr %54, align 16
  %76 = or disjoint i64 %4, %j0.0344.us
  %77 = or disjoint i64 %76, 24
  %78 = getelementptr inbounds float, ptr %h, i64 %77
  %79 = load <4 x float>, ptr %3, align 16
  %80 = fadd <4 x float> %146, %79
  %81 = fcmp olt <4 x float> %80, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %82 = select <4 x i1> %81, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %80
  %83 = fcmp ogt <4 x float> %80, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %84 = select <4 x i1> %83, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %82
  %85 = fmul <4 x float> %84, %84
  %86 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %87 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %86, <4 x float> %85, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %85, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %89 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %88, <4 x float> %85, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %89, <4 x float> %85, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %90, <4 x float> %85, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %92 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %93 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %92, <4 x float> %85, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %93, <4 x float> %85, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %95 = fmul <4 x float> %84, %91
  %96 = fdiv <4 x float> %95, %94
  %97 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %80)
  %98 = fcmp olt <4 x float> %97, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %99 = select <4 x i1> %98, <4 x float> %80, <4 x float> %96
  store <4 x float> %99, ptr %78, align 16
  %100 = add nuw nsw i64 %i0.0343.us, 4
  %101 = icmp ult i64 %100, %0
  br i1 %101, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %102 = phi i1 [ true, %k.cond.preheader.us ], [ false, %k.body.us ]
  %k.0334.us = phi i64 [ 0, %k.cond.preheader.us ], [ 1, %k.body.us ]
  %103 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %137, %k.body.us ]
  %104 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %140, %k.body.us ]
  %105 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %143, %k.body.us ]
  %106 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %146, %k.body.us ]
  %107 = or disjoint i64 %k.0334.us, %147
  %108 = getelementptr inbounds float, ptr %x, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = or disjoint i64 %107, 2
  %111 = getelementptr inbounds float, ptr %x, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = or disjoint i64 %107, 4
  %114 = getelementptr inbounds float, ptr %x, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %107, 6
  %117 = getelementptr inbounds float, ptr %x, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = or disjoint i64 %k.0334.us, %2
  %120 = getelementptr inbounds float, ptr %ws, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = or disjoint i64 %119, 2
  %123 = getelementptr inbounds float, ptr %ws, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %119, 4
  %126 = getelementptr inbounds float, ptr %ws, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = or disjoint i64 %119, 6
  %129 = getelementptr inbounds float, ptr %ws, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = insertelement <4 x float> poison, float %109, i64 0
  %132 = shufflevector <4 x float> %131, <4 x float> poison, <4 x i32> zeroinitializer
  %133 = insertelement <4 x float> poison, float %121, i64 0
  %134 = insertelement <4 x float> %133, float %124, i64 1
  %135 = insertelement <4 x float> %134, float %127, i64 2
  %136 = insertelement <4 x float> %135, float %130, i64 3
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %136, <4 x float> %103)
  %138 = insertelement <4 x float> poison, float %112, i64 0
  %139 = shufflevector <4 x float> %138, <4 x float> poison, <4 x i32> zeroinitializer
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> %136, <4 x float> %104)
  %141 = insertelement <4 x float> poison, float %115, i64 0
  %142 = shufflevector <4 x float> %141, <4 x float> poison, <4 x i32> zeroinitializer
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %136, <4 x float> %105)
  %144 = insertelement <4 x float> poison, float %118, i64 0
  %145 = shufflevector <4 x float> %144, <4 x float> poison, <4 x i32> zeroinitializer
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %136, <4 x float> %106)
  br i1 %102, label %k.body.us, label %k.end.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0343.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %100, %k.end.us ]
  %147 = shl nuw nsw i64 %i0.0343.us, 1
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  br i1 %1, label %i0.cond.preheader.us, label %j0.end

j0.end:                                           ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not366 = icmp eq i64 %0, %n
  br i1 %.not366, label %i0.cond24.preheader, label %j0.cond6.preheader

j0.cond6.preheader:                               ; preds = %j0.end, %k.end19
  %i.0355 = phi i64 [ %208, %k.end19 ], [ %0, %j0.end ]
  %148 = shl nsw i64 %i.0355, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %148
  br label %k.body17

i0.cond24.preheader:                              ; preds = %k.end19, %j0.end
  br i1 %.not, label %i.cond44.preheader, label %k.cond34.preheader

k.body17:                                         ; preds = %j0.cond6.preheader, %k.body17
  %149 = phi i1 [ true, %j0.cond6.preheader ], [ false, %k.body17 ]
  %k15.0353 = phi i64 [ 0, %j0.cond6.preheader ], [ 1, %k.body17 ]
  %150 = phi <8 x float> [ zeroinitializer, %j0.cond6.preheader ], [ %185, %k.body17 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k15.0353
  %151 = load float, ptr %gep, align 4
  %152 = getelementptr inbounds float, ptr %ws, i64 %k15.0353
  %153 = load float, ptr %152, align 4
  %154 = or disjoint i64 %k15.0353, 2
  %155 = getelementptr inbounds float, ptr %ws, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = or disjoint i64 %k15.0353, 4
  %158 = getelementptr inbounds float, ptr %ws, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = or disjoint i64 %k15.0353, 6
  %161 = getelementptr inbounds float, ptr %ws, i64 %160
  %162 = load float, ptr %161, align 4
  %163 = or disjoint i64 %k15.0353, 8
  %164 = getelementptr inbounds float, ptr %ws, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = or disjoint i64 %k15.0353, 10
  %167 = getelementptr inbounds float, ptr %ws, i64 %166
  %168 = load float, ptr %167, align 4
  %169 = or disjoint i64 %k15.0353, 12
  %170 = getelementptr inbounds float, ptr %ws, i64 %169
  %171 = load float, ptr %170, align 4
  %172 = or disjoint i64 %k15.0353, 14
  %173 = getelementptr inbounds float, ptr %ws, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = insertelement <8 x float> poison, float %151, i64 0
  %176 = shufflevector <8 x float> %175, <8 x float> poison, <8 x i32> zeroinitializer
  %177 = insertelement <8 x float> poison, float %153, i64 0
  %178 = insertelement <8 x float> %177, float %156, i64 1
  %179 = insertelement <8 x float> %178, float %159, i64 2
  %180 = insertelement <8 x float> %179, float %162, i64 3
  %181 = insertelement <8 x float> %180, float %165, i64 4
  %182 = insertelement <8 x float> %181, float %168, i64 5
  %183 = insertelement <8 x float> %182, float %171, i64 6
  %184 = insertelement <8 x float> %183, float %174, i64 7
  %185 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %176, <8 x float> %184, <8 x float> %150)
  br i1 %149, label %k.body17, label %k.end19

k.end19:                                          ; preds = %k.body17
  %186 = getelementptr inbounds float, ptr %h, i64 %148
  %187 = load <8 x float>, ptr %h_bias, align 64
  %188 = fadd <8 x float> %185, %187
  %189 = fcmp olt <8 x float> %188, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %190 = select <8 x i1> %189, <8 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <8 x float> %188
  %191 = fcmp ogt <8 x float> %188, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %192 = select <8 x i1> %191, <8 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <8 x float> %190
  %193 = fmul <8 x float> %192, %192
  %194 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %193, <8 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <8 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %195 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %194, <8 x float> %193, <8 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %196 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %195, <8 x float> %193, <8 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %197 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %196, <8 x float> %193, <8 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %198 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %197, <8 x float> %193, <8 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %199 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %198, <8 x float> %193, <8 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %200 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %193, <8 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <8 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %201 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %200, <8 x float> %193, <8 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %202 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %201, <8 x float> %193, <8 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %203 = fmul <8 x float> %192, %199
  %204 = fdiv <8 x float> %203, %202
  %205 = tail call <8 x float> @llvm.fabs.v8f32(<8 x float> %188)
  %206 = fcmp olt <8 x float> %205, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %207 = select <8 x i1> %206, <8 x float> %188, <8 x float> %204
  store <8 x float> %207, ptr %186, align 32
  %208 = add nuw nsw i64 %i.0355, 1
  %209 = icmp ult i64 %208, %n
  br i1 %209, label %j0.cond6.preheader, label %i0.cond24.preheader

k.cond34.preheader:                               ; preds = %i0.cond24.preheader, %k.end37
  %i023.0361 = phi i64 [ %244, %k.end37 ], [ 0, %i0.cond24.preheader ]
  %210 = shl nuw nsw i64 %i023.0361, 3
  br label %k.body35

i.cond44.preheader:                               ; preds = %k.end37, %i0.cond24.preheader
  br i1 %.not366, label %i.cond64.preheader, label %k.cond57.preheader

k.body35:                                         ; preds = %k.cond34.preheader, %k.body35
  %k33.0360 = phi i64 [ 0, %k.cond34.preheader ], [ %229, %k.body35 ]
  %s3_032.0359 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %228, %k.body35 ]
  %s2_031.0358 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %227, %k.body35 ]
  %s1_030.0357 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %226, %k.body35 ]
  %s0_029.0356 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %225, %k.body35 ]
  %211 = add nuw nsw i64 %k33.0360, %210
  %212 = getelementptr inbounds float, ptr %h, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = or disjoint i64 %211, 8
  %215 = getelementptr inbounds float, ptr %h, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = or disjoint i64 %211, 16
  %218 = getelementptr inbounds float, ptr %h, i64 %217
  %219 = load float, ptr %218, align 4
  %220 = or disjoint i64 %211, 24
  %221 = getelementptr inbounds float, ptr %h, i64 %220
  %222 = load float, ptr %221, align 4
  %223 = getelementptr inbounds float, ptr %y_weight, i64 %k33.0360
  %224 = load float, ptr %223, align 4
  %225 = tail call float @llvm.fmuladd.f32(float %213, float %224, float %s0_029.0356)
  %226 = tail call float @llvm.fmuladd.f32(float %216, float %224, float %s1_030.0357)
  %227 = tail call float @llvm.fmuladd.f32(float %219, float %224, float %s2_031.0358)
  %228 = tail call float @llvm.fmuladd.f32(float %222, float %224, float %s3_032.0359)
  %229 = add nuw nsw i64 %k33.0360, 1
  %exitcond.not = icmp eq i64 %229, 8
  br i1 %exitcond.not, label %k.end37, label %k.body35

k.end37:                                          ; preds = %k.body35
  %230 = load float, ptr %y_bias, align 64
  %231 = fadd float %225, %230
  %232 = getelementptr inbounds float, ptr %y_pre, i64 %i023.0361
  store float %231, ptr %232, align 16
  %233 = fadd float %226, %230
  %234 = or disjoint i64 %i023.0361, 1
  %235 = getelementptr inbounds float, ptr %y_pre, i64 %234
  store float %233, ptr %235, align 4
  %236 = load float, ptr %y_bias, align 64
  %237 = fadd float %227, %236
  %238 = or disjoint i64 %i023.0361, 2
  %239 = getelementptr inbounds float, ptr %y_pre, i64 %238
  store float %237, ptr %239, align 8
  %240 = load float, ptr %y_bias, align 64
  %241 = fadd float %228, %240
  %242 = or disjoint i64 %i023.0361, 3
  %243 = getelementptr inbounds float, ptr %y_pre, i64 %242
  store float %241, ptr %243, align 4
  %244 = add nuw nsw i64 %i023.0361, 4
  %245 = icmp ult i64 %244, %0
  br i1 %245, label %k.cond34.preheader, label %i.cond44.preheader

k.cond57.preheader:                               ; preds = %i.cond44.preheader, %k.end60
  %i43.0364 = phi i64 [ %263, %k.end60 ], [ %0, %i.cond44.preheader ]
  %.idx369 = shl nsw i64 %i43.0364, 5
  %invariant.gep430 = getelementptr i8, ptr %h, i64 %.idx369
  br label %k.body58

i.cond64.preheader:                               ; preds = %k.end60, %i.cond44.preheader
  %.not370 = icmp eq i64 %n, 0
  br i1 %.not370, label %i.end67, label %i.body65.preheader

i.body65.preheader:                               ; preds = %i.cond64.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body65.preheader462, label %vector.memcheck

i.body65.preheader462:                            ; preds = %middle.block, %vector.memcheck, %i.body65.preheader
  %i63.0365.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body65.preheader ], [ %n.vec, %middle.block ]
  br label %i.body65

vector.memcheck:                                  ; preds = %i.body65.preheader
  %246 = add i64 %y460, -1216
  %247 = sub i64 %246, %ws461
  %diff.check = icmp ult i64 %247, 32
  br i1 %diff.check, label %i.body65.preheader462, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %248 = getelementptr inbounds float, ptr %y, i64 %index
  %249 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %249, align 32
  %250 = fneg <8 x float> %wide.load
  %251 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %250)
  %252 = fadd <8 x float> %251, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %253 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %252
  store <8 x float> %253, ptr %248, align 4
  %index.next = add nuw i64 %index, 8
  %254 = icmp eq i64 %index.next, %n.vec
  br i1 %254, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end67, label %i.body65.preheader462

k.body58:                                         ; preds = %k.cond57.preheader, %k.body58
  %k56.0363 = phi i64 [ 0, %k.cond57.preheader ], [ %259, %k.body58 ]
  %s0_055.0362 = phi float [ 0.000000e+00, %k.cond57.preheader ], [ %258, %k.body58 ]
  %gep431 = getelementptr float, ptr %invariant.gep430, i64 %k56.0363
  %255 = load float, ptr %gep431, align 4
  %256 = getelementptr inbounds float, ptr %y_weight, i64 %k56.0363
  %257 = load float, ptr %256, align 4
  %258 = tail call float @llvm.fmuladd.f32(float %255, float %257, float %s0_055.0362)
  %259 = add nuw nsw i64 %k56.0363, 1
  %exitcond400.not = icmp eq i64 %259, 8
  br i1 %exitcond400.not, label %k.end60, label %k.body58

k.end60:                                          ; preds = %k.body58
  %260 = load float, ptr %y_bias, align 64
  %261 = fadd float %258, %260
  %262 = getelementptr inbounds float, ptr %y_pre, i64 %i43.0364
  store float %261, ptr %262, align 4
  %263 = add nuw nsw i64 %i43.0364, 1
  %264 = icmp ult i64 %263, %n
  br i1 %264, label %k.cond57.preheader, label %i.cond64.preheader

i.body65:                                         ; preds = %i.body65.preheader462, %i.body65
  %i63.0365 = phi i64 [ %272, %i.body65 ], [ %i63.0365.ph, %i.body65.preheader462 ]
  %265 = getelementptr inbounds float, ptr %y, i64 %i63.0365
  %266 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0365
  %267 = load float, ptr %266, align 4
  %268 = fneg float %267
  %269 = tail call float @llvm.exp.f32(float %268)
  %270 = fadd float %269, 1.000000e+00
  %271 = fdiv float 1.000000e+00, %270
  store float %271, ptr %265, align 4
  %272 = add nuw nsw i64 %i63.0365, 1
  %exitcond401.not = icmp eq i64 %272, %n
  br i1 %exitcond401.not, label %i.end67, label %i.body65, !llvm.loop !3

i.end67:                                          ; preds = %i.body65, %middle.block, %i.cond64.preheader
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_train_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %train_h_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 320
  %d_h_weight = getelementptr inbounds i8, ptr %ws, i64 832
  %d_y_weight = getelementptr i8, ptr %ws, i64 960
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not731 = icmp eq i64 %0, %n
  br label %i0.cond.preheader

i0.cond.preheader:                                ; preds = %entry, %i.end
  %1 = phi i1 [ true, %entry ], [ false, %i.end ]
  %j0.0670 = phi i64 [ 0, %entry ], [ 4, %i.end ]
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %2 = shl nuw nsw i64 %j0.0670, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0670
  br label %k.cond.preheader

i0.cond18.preheader:                              ; preds = %i.end
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %train_step = getelementptr inbounds i8, ptr %ws, i64 256
  %train_h_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_bias = getelementptr inbounds i8, ptr %ws, i64 896
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1024
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1344
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  br i1 %.not, label %i.cond38.preheader, label %k.cond28.preheader

i.cond.preheader:                                 ; preds = %k.end, %i0.cond.preheader
  br i1 %.not731, label %i.end, label %k.cond10.preheader.lr.ph

k.cond10.preheader.lr.ph:                         ; preds = %i.cond.preheader
  %4 = shl nuw nsw i64 %j0.0670, 1
  %5 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0670
  %6 = or disjoint i64 %j0.0670, 1
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %6
  %8 = or disjoint i64 %j0.0670, 2
  %9 = getelementptr inbounds float, ptr %h_bias, i64 %8
  %10 = or disjoint i64 %j0.0670, 3
  %11 = getelementptr inbounds float, ptr %h_bias, i64 %10
  br label %k.cond10.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0663 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %154, %k.end ]
  %12 = shl nuw nsw i64 %i0.0663, 1
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %13 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.0646 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %14 = phi <4 x float> [ zeroinitializer, %k.cond.preheader ], [ %48, %k.body ]
  %15 = phi <4 x float> [ zeroinitializer, %k.cond.preheader ], [ %51, %k.body ]
  %16 = phi <4 x float> [ zeroinitializer, %k.cond.preheader ], [ %54, %k.body ]
  %17 = phi <4 x float> [ zeroinitializer, %k.cond.preheader ], [ %57, %k.body ]
  %18 = or disjoint i64 %k.0646, %12
  %19 = getelementptr inbounds float, ptr %x, i64 %18
  %20 = load float, ptr %19, align 4
  %21 = or disjoint i64 %18, 2
  %22 = getelementptr inbounds float, ptr %x, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = or disjoint i64 %18, 4
  %25 = getelementptr inbounds float, ptr %x, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = or disjoint i64 %18, 6
  %28 = getelementptr inbounds float, ptr %x, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = or disjoint i64 %k.0646, %2
  %31 = getelementptr inbounds float, ptr %ws, i64 %30
  %32 = load float, ptr %31, align 4
  %33 = or disjoint i64 %30, 2
  %34 = getelementptr inbounds float, ptr %ws, i64 %33
  %35 = load float, ptr %34, align 4
  %36 = or disjoint i64 %30, 4
  %37 = getelementptr inbounds float, ptr %ws, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = or disjoint i64 %30, 6
  %40 = getelementptr inbounds float, ptr %ws, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = insertelement <4 x float> poison, float %20, i64 0
  %43 = shufflevector <4 x float> %42, <4 x float> poison, <4 x i32> zeroinitializer
  %44 = insertelement <4 x float> poison, float %32, i64 0
  %45 = insertelement <4 x float> %44, float %35, i64 1
  %46 = insertelement <4 x float> %45, float %38, i64 2
  %47 = insertelement <4 x float> %46, float %41, i64 3
  %48 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %43, <4 x float> %47, <4 x float> %14)
  %49 = insertelement <4 x float> poison, float %23, i64 0
  %50 = shufflevector <4 x float> %49, <4 x float> poison, <4 x i32> zeroinitializer
  %51 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %50, <4 x float> %47, <4 x float> %15)
  %52 = insertelement <4 x float> poison, float %26, i64 0
  %53 = shufflevector <4 x float> %52, <4 x float> poison, <4 x i32> zeroinitializer
  %54 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %53, <4 x float> %47, <4 x float> %16)
  %55 = insertelement <4 x float> poison, float %29, i64 0
  %56 = shufflevector <4 x float> %55, <4 x float> poison, <4 x i32> zeroinitializer
  %57 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %56, <4 x float> %47, <4 x float> %17)
  br i1 %13, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %58 = shl nuw nsw i64 %i0.0663, 3
  %59 = or disjoint i64 %58, %j0.0670
  %60 = getelementptr inbounds float, ptr %h, i64 %59
  %61 = load <4 x float>, ptr %3, align 16
  %62 = fadd <4 x float> %48, %61
  %63 = fcmp olt <4 x float> %62, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %64 = select <4 x i1> %63, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %62
  %65 = fcmp ogt <4 x float> %62, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %66 = select <4 x i1> %65, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %64
  %67 = fmul <4 x float> %66, %66
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %67, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %69 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %67, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %70 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %69, <4 x float> %67, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %71 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %70, <4 x float> %67, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %72 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %71, <4 x float> %67, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %73 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %72, <4 x float> %67, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %74 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %67, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %75 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %74, <4 x float> %67, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %76 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %75, <4 x float> %67, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %77 = fmul <4 x float> %66, %73
  %78 = fdiv <4 x float> %77, %76
  %79 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %62)
  %80 = fcmp olt <4 x float> %79, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %81 = select <4 x i1> %80, <4 x float> %62, <4 x float> %78
  store <4 x float> %81, ptr %60, align 16
  %82 = or disjoint i64 %58, %j0.0670
  %83 = or disjoint i64 %82, 8
  %84 = getelementptr inbounds float, ptr %h, i64 %83
  %85 = load <4 x float>, ptr %3, align 16
  %86 = fadd <4 x float> %51, %85
  %87 = fcmp olt <4 x float> %86, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %88 = select <4 x i1> %87, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %86
  %89 = fcmp ogt <4 x float> %86, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %90 = select <4 x i1> %89, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %88
  %91 = fmul <4 x float> %90, %90
  %92 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %91, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %93 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %92, <4 x float> %91, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %93, <4 x float> %91, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %95 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %94, <4 x float> %91, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %96 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %95, <4 x float> %91, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %97 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %96, <4 x float> %91, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %98 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %91, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %99 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %98, <4 x float> %91, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %100 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %99, <4 x float> %91, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %101 = fmul <4 x float> %90, %97
  %102 = fdiv <4 x float> %101, %100
  %103 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %86)
  %104 = fcmp olt <4 x float> %103, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %105 = select <4 x i1> %104, <4 x float> %86, <4 x float> %102
  store <4 x float> %105, ptr %84, align 16
  %106 = or disjoint i64 %58, %j0.0670
  %107 = or disjoint i64 %106, 16
  %108 = getelementptr inbounds float, ptr %h, i64 %107
  %109 = load <4 x float>, ptr %3, align 16
  %110 = fadd <4 x float> %54, %109
  %111 = fcmp olt <4 x float> %110, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %112 = select <4 x i1> %111, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %110
  %113 = fcmp ogt <4 x float> %110, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %114 = select <4 x i1> %113, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %112
  %115 = fmul <4 x float> %114, %114
  %116 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %115, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %117 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %116, <4 x float> %115, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %118 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %117, <4 x float> %115, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %119 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %118, <4 x float> %115, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %120 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %119, <4 x float> %115, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %121 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %120, <4 x float> %115, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %122 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %115, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %123 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %122, <4 x float> %115, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %124 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %123, <4 x float> %115, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %125 = fmul <4 x float> %114, %121
  %126 = fdiv <4 x float> %125, %124
  %127 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %110)
  %128 = fcmp olt <4 x float> %127, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %129 = select <4 x i1> %128, <4 x float> %110, <4 x float> %126
  store <4 x float> %129, ptr %108, align 16
  %130 = or disjoint i64 %58, %j0.0670
  %131 = or disjoint i64 %130, 24
  %132 = getelementptr inbounds float, ptr %h, i64 %131
  %133 = load <4 x float>, ptr %3, align 16
  %134 = fadd <4 x float> %57, %133
  %135 = fcmp olt <4 x float> %134, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %136 = select <4 x i1> %135, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %134
  %137 = fcmp ogt <4 x float> %134, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %138 = select <4 x i1> %137, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %136
  %139 = fmul <4 x float> %138, %138
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %141 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %140, <4 x float> %139, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %142 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %141, <4 x float> %139, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %139, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %144 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %143, <4 x float> %139, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %145 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %144, <4 x float> %139, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %147 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %146, <4 x float> %139, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %148 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %147, <4 x float> %139, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %149 = fmul <4 x float> %138, %145
  %150 = fdiv <4 x float> %149, %148
  %151 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %134)
  %152 = fcmp olt <4 x float> %151, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %153 = select <4 x i1> %152, <4 x float> %134, <4 x float> %150
  store <4 x float> %153, ptr %132, align 16
  %154 = add nuw nsw i64 %i0.0663, 4
  %155 = icmp ult i64 %154, %0
  br i1 %155, label %k.cond.preheader, label %i.cond.preheader

k.cond10.preheader:                               ; preds = %k.cond10.preheader.lr.ph, %k.end13
  %i.0669 = phi i64 [ %0, %k.cond10.preheader.lr.ph ], [ %266, %k.end13 ]
  %.idx = shl nsw i64 %i.0669, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %.idx
  br label %k.body11

i.end:                                            ; preds = %k.end13, %i.cond.preheader
  br i1 %1, label %i0.cond.preheader, label %i0.cond18.preheader

k.body11:                                         ; preds = %k.cond10.preheader, %k.body11
  %s0_05.0668 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %161, %k.body11 ]
  %s0_16.0667 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %165, %k.body11 ]
  %s0_27.0666 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %169, %k.body11 ]
  %s0_38.0665 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %173, %k.body11 ]
  %156 = phi i1 [ true, %k.cond10.preheader ], [ false, %k.body11 ]
  %k9.0664 = phi i64 [ 0, %k.cond10.preheader ], [ 1, %k.body11 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k9.0664
  %157 = load float, ptr %gep, align 4
  %158 = or disjoint i64 %k9.0664, %4
  %159 = getelementptr inbounds float, ptr %ws, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = tail call float @llvm.fmuladd.f32(float %157, float %160, float %s0_05.0668)
  %162 = or disjoint i64 %158, 2
  %163 = getelementptr inbounds float, ptr %ws, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = tail call float @llvm.fmuladd.f32(float %157, float %164, float %s0_16.0667)
  %166 = or disjoint i64 %158, 4
  %167 = getelementptr inbounds float, ptr %ws, i64 %166
  %168 = load float, ptr %167, align 4
  %169 = tail call float @llvm.fmuladd.f32(float %157, float %168, float %s0_27.0666)
  %170 = or disjoint i64 %158, 6
  %171 = getelementptr inbounds float, ptr %ws, i64 %170
  %172 = load float, ptr %171, align 4
  %173 = tail call float @llvm.fmuladd.f32(float %157, float %172, float %s0_38.0665)
  br i1 %156, label %k.body11, label %k.end13

k.end13:                                          ; preds = %k.body11
  %174 = load float, ptr %5, align 16
  %175 = fadd float %161, %174
  %176 = or disjoint i64 %.idx, %j0.0670
  %177 = getelementptr inbounds float, ptr %h, i64 %176
  %178 = fcmp olt float %175, 0xC01FFEC880000000
  %179 = select i1 %178, float 0xC01FFEC880000000, float %175
  %180 = fcmp ogt float %175, 0x401FFEC880000000
  %181 = select i1 %180, float 0x401FFEC880000000, float %179
  %182 = fmul float %181, %181
  %183 = tail call float @llvm.fmuladd.f32(float %182, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %184 = tail call float @llvm.fmuladd.f32(float %183, float %182, float 0xBDD7A6FFE0000000)
  %185 = tail call float @llvm.fmuladd.f32(float %184, float %182, float 0x3E6B800820000000)
  %186 = tail call float @llvm.fmuladd.f32(float %185, float %182, float 0x3EEF286940000000)
  %187 = tail call float @llvm.fmuladd.f32(float %186, float %182, float 0x3F44E1BDA0000000)
  %188 = tail call float @llvm.fmuladd.f32(float %187, float %182, float 0x3F740B3B80000000)
  %189 = tail call float @llvm.fmuladd.f32(float %182, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %190 = tail call float @llvm.fmuladd.f32(float %189, float %182, float 0x3F629540A0000000)
  %191 = tail call float @llvm.fmuladd.f32(float %190, float %182, float 0x3F740B3BA0000000)
  %192 = fmul float %181, %188
  %193 = fdiv float %192, %191
  %194 = tail call float @llvm.fabs.f32(float %175)
  %195 = fcmp olt float %194, 0x3F3A36E2E0000000
  %196 = select i1 %195, float %175, float %193
  store float %196, ptr %177, align 16
  %197 = load float, ptr %7, align 4
  %198 = fadd float %165, %197
  %199 = or disjoint i64 %.idx, %6
  %200 = getelementptr inbounds float, ptr %h, i64 %199
  %201 = fcmp olt float %198, 0xC01FFEC880000000
  %202 = select i1 %201, float 0xC01FFEC880000000, float %198
  %203 = fcmp ogt float %198, 0x401FFEC880000000
  %204 = select i1 %203, float 0x401FFEC880000000, float %202
  %205 = fmul float %204, %204
  %206 = tail call float @llvm.fmuladd.f32(float %205, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %207 = tail call float @llvm.fmuladd.f32(float %206, float %205, float 0xBDD7A6FFE0000000)
  %208 = tail call float @llvm.fmuladd.f32(float %207, float %205, float 0x3E6B800820000000)
  %209 = tail call float @llvm.fmuladd.f32(float %208, float %205, float 0x3EEF286940000000)
  %210 = tail call float @llvm.fmuladd.f32(float %209, float %205, float 0x3F44E1BDA0000000)
  %211 = tail call float @llvm.fmuladd.f32(float %210, float %205, float 0x3F740B3B80000000)
  %212 = tail call float @llvm.fmuladd.f32(float %205, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %213 = tail call float @llvm.fmuladd.f32(float %212, float %205, float 0x3F629540A0000000)
  %214 = tail call float @llvm.fmuladd.f32(float %213, float %205, float 0x3F740B3BA0000000)
  %215 = fmul float %204, %211
  %216 = fdiv float %215, %214
  %217 = tail call float @llvm.fabs.f32(float %198)
  %218 = fcmp olt float %217, 0x3F3A36E2E0000000
  %219 = select i1 %218, float %198, float %216
  store float %219, ptr %200, align 4
  %220 = load float, ptr %9, align 8
  %221 = fadd float %169, %220
  %222 = or disjoint i64 %.idx, %8
  %223 = getelementptr inbounds float, ptr %h, i64 %222
  %224 = fcmp olt float %221, 0xC01FFEC880000000
  %225 = select i1 %224, float 0xC01FFEC880000000, float %221
  %226 = fcmp ogt float %221, 0x401FFEC880000000
  %227 = select i1 %226, float 0x401FFEC880000000, float %225
  %228 = fmul float %227, %227
  %229 = tail call float @llvm.fmuladd.f32(float %228, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %230 = tail call float @llvm.fmuladd.f32(float %229, float %228, float 0xBDD7A6FFE0000000)
  %231 = tail call float @llvm.fmuladd.f32(float %230, float %228, float 0x3E6B800820000000)
  %232 = tail call float @llvm.fmuladd.f32(float %231, float %228, float 0x3EEF286940000000)
  %233 = tail call float @llvm.fmuladd.f32(float %232, float %228, float 0x3F44E1BDA0000000)
  %234 = tail call float @llvm.fmuladd.f32(float %233, float %228, float 0x3F740B3B80000000)
  %235 = tail call float @llvm.fmuladd.f32(float %228, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %236 = tail call float @llvm.fmuladd.f32(float %235, float %228, float 0x3F629540A0000000)
  %237 = tail call float @llvm.fmuladd.f32(float %236, float %228, float 0x3F740B3BA0000000)
  %238 = fmul float %227, %234
  %239 = fdiv float %238, %237
  %240 = tail call float @llvm.fabs.f32(float %221)
  %241 = fcmp olt float %240, 0x3F3A36E2E0000000
  %242 = select i1 %241, float %221, float %239
  store float %242, ptr %223, align 8
  %243 = load float, ptr %11, align 4
  %244 = fadd float %173, %243
  %245 = or disjoint i64 %.idx, %10
  %246 = getelementptr inbounds float, ptr %h, i64 %245
  %247 = fcmp olt float %244, 0xC01FFEC880000000
  %248 = select i1 %247, float 0xC01FFEC880000000, float %244
  %249 = fcmp ogt float %244, 0x401FFEC880000000
  %250 = select i1 %249, float 0x401FFEC880000000, float %248
  %251 = fmul float %250, %250
  %252 = tail call float @llvm.fmuladd.f32(float %251, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %253 = tail call float @llvm.fmuladd.f32(float %252, float %251, float 0xBDD7A6FFE0000000)
  %254 = tail call float @llvm.fmuladd.f32(float %253, float %251, float 0x3E6B800820000000)
  %255 = tail call float @llvm.fmuladd.f32(float %254, float %251, float 0x3EEF286940000000)
  %256 = tail call float @llvm.fmuladd.f32(float %255, float %251, float 0x3F44E1BDA0000000)
  %257 = tail call float @llvm.fmuladd.f32(float %256, float %251, float 0x3F740B3B80000000)
  %258 = tail call float @llvm.fmuladd.f32(float %251, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %259 = tail call float @llvm.fmuladd.f32(float %258, float %251, float 0x3F629540A0000000)
  %260 = tail call float @llvm.fmuladd.f32(float %259, float %251, float 0x3F740B3BA0000000)
  %261 = fmul float %250, %257
  %262 = fdiv float %261, %260
  %263 = tail call float @llvm.fabs.f32(float %244)
  %264 = fcmp olt float %263, 0x3F3A36E2E0000000
  %265 = select i1 %264, float %244, float %262
  store float %265, ptr %246, align 4
  %266 = add nuw nsw i64 %i.0669, 1
  %267 = icmp ult i64 %266, %n
  br i1 %267, label %k.cond10.preheader, label %i.end

k.cond28.preheader:                               ; preds = %i0.cond18.preheader, %k.end31
  %i017.0676 = phi i64 [ %302, %k.end31 ], [ 0, %i0.cond18.preheader ]
  %268 = shl nuw nsw i64 %i017.0676, 3
  br label %k.body29

i.cond38.preheader:                               ; preds = %k.end31, %i0.cond18.preheader
  br i1 %.not731, label %i.cond52.preheader, label %k.cond45.preheader

k.body29:                                         ; preds = %k.cond28.preheader, %k.body29
  %s0_023.0675 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %283, %k.body29 ]
  %s1_024.0674 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %284, %k.body29 ]
  %s2_025.0673 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %285, %k.body29 ]
  %k27.0672 = phi i64 [ 0, %k.cond28.preheader ], [ %287, %k.body29 ]
  %s3_026.0671 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %286, %k.body29 ]
  %269 = add nuw nsw i64 %k27.0672, %268
  %270 = getelementptr inbounds float, ptr %h, i64 %269
  %271 = load float, ptr %270, align 4
  %272 = or disjoint i64 %269, 8
  %273 = getelementptr inbounds float, ptr %h, i64 %272
  %274 = load float, ptr %273, align 4
  %275 = or disjoint i64 %269, 16
  %276 = getelementptr inbounds float, ptr %h, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = or disjoint i64 %269, 24
  %279 = getelementptr inbounds float, ptr %h, i64 %278
  %280 = load float, ptr %279, align 4
  %281 = getelementptr inbounds float, ptr %y_weight, i64 %k27.0672
  %282 = load float, ptr %281, align 4
  %283 = tail call float @llvm.fmuladd.f32(float %271, float %282, float %s0_023.0675)
  %284 = tail call float @llvm.fmuladd.f32(float %274, float %282, float %s1_024.0674)
  %285 = tail call float @llvm.fmuladd.f32(float %277, float %282, float %s2_025.0673)
  %286 = tail call float @llvm.fmuladd.f32(float %280, float %282, float %s3_026.0671)
  %287 = add nuw nsw i64 %k27.0672, 1
  %exitcond.not = icmp eq i64 %287, 8
  br i1 %exitcond.not, label %k.end31, label %k.body29

k.end31:                                          ; preds = %k.body29
  %288 = load float, ptr %y_bias, align 64
  %289 = fadd float %283, %288
  %290 = getelementptr inbounds float, ptr %y_pre, i64 %i017.0676
  store float %289, ptr %290, align 16
  %291 = fadd float %284, %288
  %292 = or disjoint i64 %i017.0676, 1
  %293 = getelementptr inbounds float, ptr %y_pre, i64 %292
  store float %291, ptr %293, align 4
  %294 = load float, ptr %y_bias, align 64
  %295 = fadd float %285, %294
  %296 = or disjoint i64 %i017.0676, 2
  %297 = getelementptr inbounds float, ptr %y_pre, i64 %296
  store float %295, ptr %297, align 8
  %298 = load float, ptr %y_bias, align 64
  %299 = fadd float %286, %298
  %300 = or disjoint i64 %i017.0676, 3
  %301 = getelementptr inbounds float, ptr %y_pre, i64 %300
  store float %299, ptr %301, align 4
  %302 = add nuw nsw i64 %i017.0676, 4
  %303 = icmp ult i64 %302, %0
  br i1 %303, label %k.cond28.preheader, label %i.cond38.preheader

k.cond45.preheader:                               ; preds = %i.cond38.preheader, %k.end48
  %i37.0679 = phi i64 [ %322, %k.end48 ], [ %0, %i.cond38.preheader ]
  %.idx734 = shl nsw i64 %i37.0679, 5
  %invariant.gep841 = getelementptr i8, ptr %h, i64 %.idx734
  br label %k.body46

i.cond52.preheader:                               ; preds = %k.end48, %i.cond38.preheader
  %.not735 = icmp eq i64 %n, 0
  br i1 %.not735, label %i.end73.thread, label %i.body53.preheader

i.body53.preheader:                               ; preds = %i.cond52.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body53.preheader994, label %vector.ph

i.body53.preheader994:                            ; preds = %middle.block, %i.body53.preheader
  %i51.0680.ph = phi i64 [ 0, %i.body53.preheader ], [ %n.vec, %middle.block ]
  br label %i.body53

vector.ph:                                        ; preds = %i.body53.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %304 = getelementptr inbounds float, ptr %y, i64 %index
  %305 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %305, align 32
  %306 = fneg <8 x float> %wide.load
  %307 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %306)
  %308 = fadd <8 x float> %307, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %309 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %308
  store <8 x float> %309, ptr %304, align 32
  %index.next = add nuw i64 %index, 8
  %310 = icmp eq i64 %index.next, %n.vec
  br i1 %310, label %middle.block, label %vector.body, !llvm.loop !4

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body59.preheader, label %i.body53.preheader994

i.end73.thread:                                   ; preds = %i.cond52.preheader
  store float 0.000000e+00, ptr %correct, align 4
  %311 = uitofp nneg i64 %n to float
  %312 = fdiv float 1.000000e+00, %311
  %313 = fmul float %312, 0.000000e+00
  store float %313, ptr %loss, align 64
  br label %j.cond88.preheader

k.body46:                                         ; preds = %k.cond45.preheader, %k.body46
  %k44.0678 = phi i64 [ 0, %k.cond45.preheader ], [ %318, %k.body46 ]
  %s0_043.0677 = phi float [ 0.000000e+00, %k.cond45.preheader ], [ %317, %k.body46 ]
  %gep842 = getelementptr float, ptr %invariant.gep841, i64 %k44.0678
  %314 = load float, ptr %gep842, align 4
  %315 = getelementptr inbounds float, ptr %y_weight, i64 %k44.0678
  %316 = load float, ptr %315, align 4
  %317 = tail call float @llvm.fmuladd.f32(float %314, float %316, float %s0_043.0677)
  %318 = add nuw nsw i64 %k44.0678, 1
  %exitcond787.not = icmp eq i64 %318, 8
  br i1 %exitcond787.not, label %k.end48, label %k.body46

k.end48:                                          ; preds = %k.body46
  %319 = load float, ptr %y_bias, align 64
  %320 = fadd float %317, %319
  %321 = getelementptr inbounds float, ptr %y_pre, i64 %i37.0679
  store float %320, ptr %321, align 4
  %322 = add nuw nsw i64 %i37.0679, 1
  %323 = icmp ult i64 %322, %n
  br i1 %323, label %k.cond45.preheader, label %i.cond52.preheader

i.body53:                                         ; preds = %i.body53.preheader994, %i.body53
  %i51.0680 = phi i64 [ %331, %i.body53 ], [ %i51.0680.ph, %i.body53.preheader994 ]
  %324 = getelementptr inbounds float, ptr %y, i64 %i51.0680
  %325 = getelementptr inbounds float, ptr %y_pre, i64 %i51.0680
  %326 = load float, ptr %325, align 4
  %327 = fneg float %326
  %328 = tail call float @llvm.exp.f32(float %327)
  %329 = fadd float %328, 1.000000e+00
  %330 = fdiv float 1.000000e+00, %329
  store float %330, ptr %324, align 4
  %331 = add nuw nsw i64 %i51.0680, 1
  %exitcond788.not = icmp eq i64 %331, %n
  br i1 %exitcond788.not, label %i.body59.preheader, label %i.body53, !llvm.loop !5

i.body59.preheader:                               ; preds = %i.body53, %middle.block
  %min.iters.check889 = icmp ult i64 %n, 32
  br i1 %min.iters.check889, label %i.body59.preheader988, label %vector.ph890

vector.ph890:                                     ; preds = %i.body59.preheader
  %n.vec892 = and i64 %n, -32
  br label %vector.body894

vector.body894:                                   ; preds = %vector.body894, %vector.ph890
  %index895 = phi i64 [ 0, %vector.ph890 ], [ %index.next907, %vector.body894 ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph890 ], [ %356, %vector.body894 ]
  %vec.phi896 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph890 ], [ %357, %vector.body894 ]
  %vec.phi897 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph890 ], [ %358, %vector.body894 ]
  %vec.phi898 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph890 ], [ %359, %vector.body894 ]
  %332 = getelementptr inbounds float, ptr %y, i64 %index895
  %333 = getelementptr inbounds i8, ptr %332, i64 32
  %334 = getelementptr inbounds i8, ptr %332, i64 64
  %335 = getelementptr inbounds i8, ptr %332, i64 96
  %wide.load899 = load <8 x float>, ptr %332, align 64
  %wide.load900 = load <8 x float>, ptr %333, align 32
  %wide.load901 = load <8 x float>, ptr %334, align 64
  %wide.load902 = load <8 x float>, ptr %335, align 32
  %336 = fcmp ogt <8 x float> %wide.load899, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %337 = fcmp ogt <8 x float> %wide.load900, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %338 = fcmp ogt <8 x float> %wide.load901, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %339 = fcmp ogt <8 x float> %wide.load902, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %340 = getelementptr inbounds float, ptr %target, i64 %index895
  %341 = getelementptr inbounds i8, ptr %340, i64 32
  %342 = getelementptr inbounds i8, ptr %340, i64 64
  %343 = getelementptr inbounds i8, ptr %340, i64 96
  %wide.load903 = load <8 x float>, ptr %340, align 4
  %wide.load904 = load <8 x float>, ptr %341, align 4
  %wide.load905 = load <8 x float>, ptr %342, align 4
  %wide.load906 = load <8 x float>, ptr %343, align 4
  %344 = fcmp ule <8 x float> %wide.load903, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %345 = fcmp ule <8 x float> %wide.load904, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %346 = fcmp ule <8 x float> %wide.load905, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %347 = fcmp ule <8 x float> %wide.load906, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %348 = xor <8 x i1> %336, %344
  %349 = xor <8 x i1> %337, %345
  %350 = xor <8 x i1> %338, %346
  %351 = xor <8 x i1> %339, %347
  %352 = select <8 x i1> %348, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %353 = select <8 x i1> %349, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %354 = select <8 x i1> %350, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %355 = select <8 x i1> %351, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %356 = fadd reassoc <8 x float> %vec.phi, %352
  %357 = fadd reassoc <8 x float> %vec.phi896, %353
  %358 = fadd reassoc <8 x float> %vec.phi897, %354
  %359 = fadd reassoc <8 x float> %vec.phi898, %355
  %index.next907 = add nuw i64 %index895, 32
  %360 = icmp eq i64 %index.next907, %n.vec892
  br i1 %360, label %middle.block887, label %vector.body894, !llvm.loop !6

middle.block887:                                  ; preds = %vector.body894
  %bin.rdx = fadd reassoc <8 x float> %357, %356
  %bin.rdx908 = fadd reassoc <8 x float> %358, %bin.rdx
  %bin.rdx909 = fadd reassoc <8 x float> %359, %bin.rdx908
  %361 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx909)
  %cmp.n910 = icmp eq i64 %n.vec892, %n
  br i1 %cmp.n910, label %i.body65.preheader, label %i.body59.preheader988

i.body59.preheader988:                            ; preds = %middle.block887, %i.body59.preheader
  %i57.0682.ph = phi i64 [ 0, %i.body59.preheader ], [ %n.vec892, %middle.block887 ]
  %hits.0681.ph = phi float [ 0.000000e+00, %i.body59.preheader ], [ %361, %middle.block887 ]
  br label %i.body59

i.body59:                                         ; preds = %i.body59.preheader988, %i.body59
  %i57.0682 = phi i64 [ %371, %i.body59 ], [ %i57.0682.ph, %i.body59.preheader988 ]
  %hits.0681 = phi float [ %370, %i.body59 ], [ %hits.0681.ph, %i.body59.preheader988 ]
  %362 = getelementptr inbounds float, ptr %y, i64 %i57.0682
  %363 = load float, ptr %362, align 4
  %364 = fcmp ogt float %363, 5.000000e-01
  %365 = getelementptr inbounds float, ptr %target, i64 %i57.0682
  %366 = load float, ptr %365, align 4
  %367 = fcmp ule float %366, 5.000000e-01
  %368 = xor i1 %364, %367
  %369 = select i1 %368, float 1.000000e+00, float 0.000000e+00
  %370 = fadd reassoc float %hits.0681, %369
  %371 = add nuw nsw i64 %i57.0682, 1
  %exitcond789.not = icmp eq i64 %371, %n
  br i1 %exitcond789.not, label %i.body65.preheader, label %i.body59, !llvm.loop !7

i.body65.preheader:                               ; preds = %i.body59, %middle.block887
  %.lcssa861 = phi float [ %361, %middle.block887 ], [ %370, %i.body59 ]
  store float %.lcssa861, ptr %correct, align 4
  br label %i.body65

i.body65:                                         ; preds = %i.body65.preheader, %i.body65
  %i63.0685 = phi i64 [ %385, %i.body65 ], [ 0, %i.body65.preheader ]
  %sum.0684 = phi float [ %384, %i.body65 ], [ 0.000000e+00, %i.body65.preheader ]
  %372 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0685
  %373 = load float, ptr %372, align 4
  %374 = tail call float @llvm.maxnum.f32(float %373, float 0.000000e+00)
  %375 = getelementptr inbounds float, ptr %target, i64 %i63.0685
  %376 = load float, ptr %375, align 4
  %377 = fmul float %373, %376
  %378 = fsub float %374, %377
  %379 = tail call float @llvm.fabs.f32(float %373)
  %380 = fneg float %379
  %381 = tail call float @llvm.exp.f32(float %380)
  %382 = tail call float @log1pf(float %381)
  %383 = fadd float %382, %378
  %384 = fadd reassoc float %sum.0684, %383
  %385 = add nuw nsw i64 %i63.0685, 1
  %exitcond790.not = icmp eq i64 %385, %n
  br i1 %exitcond790.not, label %i.body71.preheader, label %i.body65

i.body71.preheader:                               ; preds = %i.body65
  %386 = uitofp i64 %n to float
  %387 = fdiv float 1.000000e+00, %386
  %388 = fmul float %387, %384
  store float %388, ptr %loss, align 64
  %min.iters.check914 = icmp ult i64 %n, 8
  br i1 %min.iters.check914, label %i.body71.preheader986, label %vector.memcheck

i.body71.preheader986:                            ; preds = %middle.block912, %vector.memcheck, %i.body71.preheader
  %i69.0687.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body71.preheader ], [ %n.vec917, %middle.block912 ]
  br label %i.body71

vector.memcheck:                                  ; preds = %i.body71.preheader
  %389 = shl i64 %n, 2
  %390 = getelementptr i8, ptr %ws, i64 %389
  %scevgep = getelementptr i8, ptr %390, i64 1344
  %scevgep911 = getelementptr i8, ptr %target, i64 %389
  %bound0 = icmp ult ptr %y_pre, %scevgep911
  %bound1 = icmp ugt ptr %scevgep, %target
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %i.body71.preheader986, label %vector.ph915

vector.ph915:                                     ; preds = %vector.memcheck
  %n.vec917 = and i64 %n, -8
  %broadcast.splatinsert = insertelement <8 x float> poison, float %387, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body919

vector.body919:                                   ; preds = %vector.body919, %vector.ph915
  %index920 = phi i64 [ 0, %vector.ph915 ], [ %index.next923, %vector.body919 ]
  %391 = getelementptr inbounds float, ptr %d_y_pre, i64 %index920
  %392 = getelementptr inbounds float, ptr %y_pre, i64 %index920
  %wide.load921 = load <8 x float>, ptr %392, align 32, !alias.scope !8, !noalias !11
  %393 = fneg <8 x float> %wide.load921
  %394 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %393)
  %395 = fadd <8 x float> %394, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %396 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %395
  %397 = getelementptr inbounds float, ptr %target, i64 %index920
  %wide.load922 = load <8 x float>, ptr %397, align 4, !alias.scope !11
  %398 = fsub <8 x float> %396, %wide.load922
  %399 = fmul <8 x float> %broadcast.splat, %398
  store <8 x float> %399, ptr %391, align 32, !alias.scope !8, !noalias !11
  %index.next923 = add nuw i64 %index920, 8
  %400 = icmp eq i64 %index.next923, %n.vec917
  br i1 %400, label %middle.block912, label %vector.body919, !llvm.loop !13

middle.block912:                                  ; preds = %vector.body919
  %cmp.n924 = icmp eq i64 %n.vec917, %n
  br i1 %cmp.n924, label %j.body83.preheader, label %i.body71.preheader986

j.body83.preheader:                               ; preds = %i.body71, %middle.block912
  br label %j.body83

i.body71:                                         ; preds = %i.body71.preheader986, %i.body71
  %i69.0687 = phi i64 [ %412, %i.body71 ], [ %i69.0687.ph, %i.body71.preheader986 ]
  %401 = getelementptr inbounds float, ptr %d_y_pre, i64 %i69.0687
  %402 = getelementptr inbounds float, ptr %y_pre, i64 %i69.0687
  %403 = load float, ptr %402, align 4
  %404 = fneg float %403
  %405 = tail call float @llvm.exp.f32(float %404)
  %406 = fadd float %405, 1.000000e+00
  %407 = fdiv float 1.000000e+00, %406
  %408 = getelementptr inbounds float, ptr %target, i64 %i69.0687
  %409 = load float, ptr %408, align 4
  %410 = fsub float %407, %409
  %411 = fmul float %387, %410
  store float %411, ptr %401, align 4
  %412 = add nuw nsw i64 %i69.0687, 1
  %exitcond791.not = icmp eq i64 %412, %n
  br i1 %exitcond791.not, label %j.body83.preheader, label %i.body71, !llvm.loop !14

j.cond88.preheader:                               ; preds = %j.body83, %i.end73.thread
  %storemerge = phi float [ 0.000000e+00, %i.end73.thread ], [ %417, %j.body83 ]
  store float %storemerge, ptr %d_y_bias, align 64
  %413 = and i64 %n, -8
  %.not740 = icmp eq i64 %413, 0
  %.not741 = icmp eq i64 %413, %n
  br label %i0.cond94.preheader

j.body83:                                         ; preds = %j.body83.preheader, %j.body83
  %414 = phi float [ %417, %j.body83 ], [ 0.000000e+00, %j.body83.preheader ]
  %i75.0688 = phi i64 [ %418, %j.body83 ], [ 0, %j.body83.preheader ]
  %415 = getelementptr inbounds float, ptr %d_y_pre, i64 %i75.0688
  %416 = load float, ptr %415, align 4
  %417 = fadd float %414, %416
  %418 = add nuw nsw i64 %i75.0688, 1
  %exitcond792.not = icmp eq i64 %418, %n
  br i1 %exitcond792.not, label %j.cond88.preheader, label %j.body83

i0.cond94.preheader:                              ; preds = %j.cond88.preheader, %i.end109
  %j87.0702 = phi i64 [ 0, %j.cond88.preheader ], [ %485, %i.end109 ]
  br i1 %.not740, label %i.cond106.preheader, label %k.cond100.preheader.lr.ph

k.cond100.preheader.lr.ph:                        ; preds = %i0.cond94.preheader
  %419 = getelementptr inbounds float, ptr %y_weight, i64 %j87.0702
  br label %k.cond100.preheader

j.cond120.preheader:                              ; preds = %i.end109
  br i1 %.not735, label %i.end143.thread, label %k.cond133.preheader.us

i.end143.thread:                                  ; preds = %j.cond120.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_y_weight, i8 0, i64 32, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br label %k.cond178.preheader.preheader

k.cond133.preheader.us:                           ; preds = %j.cond120.preheader, %k.cond133.k.end136_crit_edge.us
  %j119.0706.us = phi i64 [ %426, %k.cond133.k.end136_crit_edge.us ], [ 0, %j.cond120.preheader ]
  %invariant.gep845 = getelementptr inbounds float, ptr %h, i64 %j119.0706.us
  br label %k.body134.us

k.body134.us:                                     ; preds = %k.cond133.preheader.us, %k.body134.us
  %k132.0704.us = phi i64 [ 0, %k.cond133.preheader.us ], [ %424, %k.body134.us ]
  %s0131.0703.us = phi float [ 0.000000e+00, %k.cond133.preheader.us ], [ %423, %k.body134.us ]
  %.idx744 = shl nsw i64 %k132.0704.us, 5
  %gep846 = getelementptr inbounds i8, ptr %invariant.gep845, i64 %.idx744
  %420 = load float, ptr %gep846, align 4
  %421 = getelementptr inbounds float, ptr %d_y_pre, i64 %k132.0704.us
  %422 = load float, ptr %421, align 4
  %423 = tail call float @llvm.fmuladd.f32(float %422, float %420, float %s0131.0703.us)
  %424 = add nuw nsw i64 %k132.0704.us, 1
  %exitcond794.not = icmp eq i64 %424, %n
  br i1 %exitcond794.not, label %k.cond133.k.end136_crit_edge.us, label %k.body134.us

k.cond133.k.end136_crit_edge.us:                  ; preds = %k.body134.us
  %425 = getelementptr inbounds float, ptr %d_y_weight, i64 %j119.0706.us
  store float %423, ptr %425, align 4
  %426 = add nuw nsw i64 %j119.0706.us, 1
  %exitcond795.not = icmp eq i64 %426, 8
  br i1 %exitcond795.not, label %i.body141.preheader, label %k.cond133.preheader.us

i.cond106.preheader:                              ; preds = %k.cond100.preheader, %i0.cond94.preheader
  br i1 %.not741, label %i.end109, label %k.cond113.preheader.lr.ph

k.cond113.preheader.lr.ph:                        ; preds = %i.cond106.preheader
  %427 = getelementptr inbounds float, ptr %y_weight, i64 %j87.0702
  %invariant.gep843 = getelementptr float, ptr %y_pre, i64 %j87.0702
  br label %k.cond113.preheader

k.cond100.preheader:                              ; preds = %k.cond100.preheader.lr.ph, %k.cond100.preheader
  %i093.0698 = phi i64 [ 0, %k.cond100.preheader.lr.ph ], [ %477, %k.cond100.preheader ]
  %428 = load float, ptr %419, align 4
  %429 = getelementptr inbounds float, ptr %d_y_pre, i64 %i093.0698
  %430 = load float, ptr %429, align 32
  %431 = or disjoint i64 %i093.0698, 1
  %432 = getelementptr inbounds float, ptr %d_y_pre, i64 %431
  %433 = load float, ptr %432, align 4
  %434 = or disjoint i64 %i093.0698, 2
  %435 = getelementptr inbounds float, ptr %d_y_pre, i64 %434
  %436 = load float, ptr %435, align 8
  %437 = or disjoint i64 %i093.0698, 3
  %438 = getelementptr inbounds float, ptr %d_y_pre, i64 %437
  %439 = load float, ptr %438, align 4
  %440 = or disjoint i64 %i093.0698, 4
  %441 = getelementptr inbounds float, ptr %d_y_pre, i64 %440
  %442 = load float, ptr %441, align 16
  %443 = or disjoint i64 %i093.0698, 5
  %444 = getelementptr inbounds float, ptr %d_y_pre, i64 %443
  %445 = load float, ptr %444, align 4
  %446 = or disjoint i64 %i093.0698, 6
  %447 = getelementptr inbounds float, ptr %d_y_pre, i64 %446
  %448 = load float, ptr %447, align 8
  %449 = or disjoint i64 %i093.0698, 7
  %450 = getelementptr inbounds float, ptr %d_y_pre, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = tail call float @llvm.fmuladd.f32(float %430, float %428, float 0.000000e+00)
  %453 = tail call float @llvm.fmuladd.f32(float %433, float %428, float 0.000000e+00)
  %454 = tail call float @llvm.fmuladd.f32(float %436, float %428, float 0.000000e+00)
  %455 = tail call float @llvm.fmuladd.f32(float %439, float %428, float 0.000000e+00)
  %456 = tail call float @llvm.fmuladd.f32(float %442, float %428, float 0.000000e+00)
  %457 = tail call float @llvm.fmuladd.f32(float %445, float %428, float 0.000000e+00)
  %458 = tail call float @llvm.fmuladd.f32(float %448, float %428, float 0.000000e+00)
  %459 = tail call float @llvm.fmuladd.f32(float %451, float %428, float 0.000000e+00)
  %460 = shl nuw nsw i64 %i093.0698, 3
  %461 = add nuw nsw i64 %460, %j87.0702
  %462 = getelementptr inbounds float, ptr %y_pre, i64 %461
  store float %452, ptr %462, align 4
  %463 = or disjoint i64 %461, 8
  %464 = getelementptr inbounds float, ptr %y_pre, i64 %463
  store float %453, ptr %464, align 4
  %465 = or disjoint i64 %461, 16
  %466 = getelementptr inbounds float, ptr %y_pre, i64 %465
  store float %454, ptr %466, align 4
  %467 = or disjoint i64 %461, 24
  %468 = getelementptr inbounds float, ptr %y_pre, i64 %467
  store float %455, ptr %468, align 4
  %469 = or disjoint i64 %461, 32
  %470 = getelementptr inbounds float, ptr %y_pre, i64 %469
  store float %456, ptr %470, align 4
  %471 = or disjoint i64 %461, 40
  %472 = getelementptr inbounds float, ptr %y_pre, i64 %471
  store float %457, ptr %472, align 4
  %473 = or disjoint i64 %461, 48
  %474 = getelementptr inbounds float, ptr %y_pre, i64 %473
  store float %458, ptr %474, align 4
  %475 = or disjoint i64 %461, 56
  %476 = getelementptr inbounds float, ptr %y_pre, i64 %475
  store float %459, ptr %476, align 4
  %477 = add nuw nsw i64 %i093.0698, 8
  %478 = icmp ult i64 %477, %413
  br i1 %478, label %k.cond100.preheader, label %i.cond106.preheader

k.cond113.preheader:                              ; preds = %k.cond113.preheader.lr.ph, %k.cond113.preheader
  %i105.0701 = phi i64 [ %413, %k.cond113.preheader.lr.ph ], [ %483, %k.cond113.preheader ]
  %479 = load float, ptr %427, align 4
  %480 = getelementptr inbounds float, ptr %d_y_pre, i64 %i105.0701
  %481 = load float, ptr %480, align 4
  %482 = tail call float @llvm.fmuladd.f32(float %481, float %479, float 0.000000e+00)
  %.idx742 = shl nsw i64 %i105.0701, 5
  %gep844 = getelementptr i8, ptr %invariant.gep843, i64 %.idx742
  store float %482, ptr %gep844, align 4
  %483 = add nuw nsw i64 %i105.0701, 1
  %484 = icmp ult i64 %483, %n
  br i1 %484, label %k.cond113.preheader, label %i.end109

i.end109:                                         ; preds = %k.cond113.preheader, %i.cond106.preheader
  %485 = add nuw nsw i64 %j87.0702, 1
  %exitcond793.not = icmp eq i64 %485, 8
  br i1 %exitcond793.not, label %j.cond120.preheader, label %i0.cond94.preheader

i.body141.preheader:                              ; preds = %k.cond133.k.end136_crit_edge.us
  %486 = shl i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %486, i64 1)
  %min.iters.check927 = icmp eq i64 %486, 0
  br i1 %min.iters.check927, label %i.body141.preheader983, label %vector.ph928

vector.ph928:                                     ; preds = %i.body141.preheader
  %n.vec930 = and i64 %umax, -8
  br label %vector.body932

vector.body932:                                   ; preds = %vector.body932, %vector.ph928
  %index933 = phi i64 [ 0, %vector.ph928 ], [ %index.next936, %vector.body932 ]
  %487 = getelementptr inbounds float, ptr %d_y_pre, i64 %index933
  %488 = getelementptr inbounds float, ptr %y_pre, i64 %index933
  %wide.load934 = load <8 x float>, ptr %488, align 32
  %489 = getelementptr inbounds float, ptr %h, i64 %index933
  %wide.load935 = load <8 x float>, ptr %489, align 32
  %490 = fmul <8 x float> %wide.load935, %wide.load935
  %491 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %490
  %492 = fmul <8 x float> %wide.load934, %491
  store <8 x float> %492, ptr %487, align 32
  %index.next936 = add nuw i64 %index933, 8
  %493 = icmp eq i64 %index.next936, %n.vec930
  br i1 %493, label %middle.block925, label %vector.body932, !llvm.loop !15

middle.block925:                                  ; preds = %vector.body932
  %cmp.n937 = icmp eq i64 %486, %n.vec930
  br i1 %cmp.n937, label %i.end143, label %i.body141.preheader983

i.body141.preheader983:                           ; preds = %middle.block925, %i.body141.preheader
  %i139.0707.ph = phi i64 [ 0, %i.body141.preheader ], [ %n.vec930, %middle.block925 ]
  br label %i.body141

i.body141:                                        ; preds = %i.body141.preheader983, %i.body141
  %i139.0707 = phi i64 [ %502, %i.body141 ], [ %i139.0707.ph, %i.body141.preheader983 ]
  %494 = getelementptr inbounds float, ptr %d_y_pre, i64 %i139.0707
  %495 = getelementptr inbounds float, ptr %y_pre, i64 %i139.0707
  %496 = load float, ptr %495, align 4
  %497 = getelementptr inbounds float, ptr %h, i64 %i139.0707
  %498 = load float, ptr %497, align 4
  %499 = fmul float %498, %498
  %500 = fsub float 1.000000e+00, %499
  %501 = fmul float %496, %500
  store float %501, ptr %494, align 4
  %502 = add nuw nsw i64 %i139.0707, 1
  %exitcond796.not = icmp eq i64 %502, %umax
  br i1 %exitcond796.not, label %i.end143, label %i.body141, !llvm.loop !16

i.end143:                                         ; preds = %i.body141, %middle.block925
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br i1 %.not735, label %k.cond178.preheader.preheader, label %j.cond152.preheader

j.cond152.preheader:                              ; preds = %i.end143, %j.end155
  %i145.0709 = phi i64 [ %508, %j.end155 ], [ 0, %i.end143 ]
  %.idx747 = shl nsw i64 %i145.0709, 5
  %invariant.gep847 = getelementptr inbounds i8, ptr %d_y_pre, i64 %.idx747
  br label %j.body153

j.body153:                                        ; preds = %j.cond152.preheader, %j.body153
  %j151.0708 = phi i64 [ 0, %j.cond152.preheader ], [ %507, %j.body153 ]
  %503 = getelementptr inbounds float, ptr %d_h_bias, i64 %j151.0708
  %504 = load float, ptr %503, align 4
  %gep848 = getelementptr inbounds float, ptr %invariant.gep847, i64 %j151.0708
  %505 = load float, ptr %gep848, align 4
  %506 = fadd float %504, %505
  store float %506, ptr %503, align 4
  %507 = add nuw nsw i64 %j151.0708, 1
  %exitcond797.not = icmp eq i64 %507, 8
  br i1 %exitcond797.not, label %j.end155, label %j.body153

j.end155:                                         ; preds = %j.body153
  %508 = add nuw nsw i64 %i145.0709, 1
  %exitcond798.not = icmp eq i64 %508, %n
  br i1 %exitcond798.not, label %k.cond178.preheader.preheader, label %j.cond152.preheader

k.cond178.preheader.preheader:                    ; preds = %j.end155, %i.end143.thread, %i.end143
  br label %k.cond178.preheader

k.cond178.preheader:                              ; preds = %k.cond178.preheader.preheader, %k.end181
  %509 = phi i1 [ false, %k.end181 ], [ true, %k.cond178.preheader.preheader ]
  %j157.0727 = phi i64 [ 1, %k.end181 ], [ 0, %k.cond178.preheader.preheader ]
  br i1 %.not735, label %k.end181, label %k.body179.preheader

k.body179.preheader:                              ; preds = %k.cond178.preheader
  %invariant.gep849 = getelementptr inbounds float, ptr %x, i64 %j157.0727
  br label %k.body179

j.end161:                                         ; preds = %k.end181
  %510 = load float, ptr %train_step, align 64
  %511 = fadd float %510, 1.000000e+00
  store float %511, ptr %train_step, align 64
  %512 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %511)
  %513 = fsub float 1.000000e+00, %512
  %514 = tail call float @llvm.sqrt.f32(float %513)
  %515 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %511)
  %516 = fsub float 1.000000e+00, %515
  %517 = fdiv float 0x3FA99999A0000000, %516
  %broadcast.splatinsert948 = insertelement <8 x float> poison, float %517, i64 0
  %broadcast.splat949 = shufflevector <8 x float> %broadcast.splatinsert948, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert950 = insertelement <8 x float> poison, float %514, i64 0
  %broadcast.splat951 = shufflevector <8 x float> %broadcast.splatinsert950, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body942

vector.body942:                                   ; preds = %vector.body942, %j.end161
  %index943 = phi i64 [ 0, %j.end161 ], [ %index.next952, %vector.body942 ]
  %518 = getelementptr inbounds float, ptr %d_h_weight, i64 %index943
  %wide.load944 = load <8 x float>, ptr %518, align 32
  %519 = getelementptr inbounds float, ptr %train_h_weight_exp_avg, i64 %index943
  %wide.load945 = load <8 x float>, ptr %519, align 32
  %520 = fmul <8 x float> %wide.load945, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %521 = fmul <8 x float> %wide.load944, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %522 = fadd <8 x float> %521, %520
  store <8 x float> %522, ptr %519, align 32
  %523 = getelementptr inbounds float, ptr %train_h_weight_exp_avg_sq, i64 %index943
  %wide.load946 = load <8 x float>, ptr %523, align 32
  %524 = fmul <8 x float> %wide.load946, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %525 = fmul <8 x float> %wide.load944, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %526 = fmul <8 x float> %wide.load944, %525
  %527 = fadd <8 x float> %526, %524
  store <8 x float> %527, ptr %523, align 32
  %528 = getelementptr inbounds float, ptr %ws, i64 %index943
  %wide.load947 = load <8 x float>, ptr %528, align 32
  %529 = fmul <8 x float> %broadcast.splat949, %522
  %530 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %527)
  %531 = fdiv <8 x float> %530, %broadcast.splat951
  %532 = fadd <8 x float> %531, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %533 = fdiv <8 x float> %529, %532
  %534 = fsub <8 x float> %wide.load947, %533
  store <8 x float> %534, ptr %528, align 32
  %index.next952 = add nuw i64 %index943, 8
  %535 = icmp eq i64 %index.next952, 16
  br i1 %535, label %vector.ph955, label %vector.body942, !llvm.loop !17

k.body179:                                        ; preds = %k.body179.preheader, %k.body179
  %k177.0718 = phi i64 [ %543, %k.body179 ], [ 0, %k.body179.preheader ]
  %536 = phi <8 x float> [ %542, %k.body179 ], [ zeroinitializer, %k.body179.preheader ]
  %.idx749 = shl nsw i64 %k177.0718, 3
  %gep850 = getelementptr inbounds i8, ptr %invariant.gep849, i64 %.idx749
  %537 = load float, ptr %gep850, align 4
  %538 = getelementptr inbounds float, ptr %d_y_pre, i64 %.idx749
  %539 = load <8 x float>, ptr %538, align 32
  %540 = insertelement <8 x float> poison, float %537, i64 0
  %541 = shufflevector <8 x float> %540, <8 x float> poison, <8 x i32> zeroinitializer
  %542 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %539, <8 x float> %541, <8 x float> %536)
  %543 = add nuw nsw i64 %k177.0718, 1
  %exitcond799.not = icmp eq i64 %543, %n
  br i1 %exitcond799.not, label %k.end181, label %k.body179

k.end181:                                         ; preds = %k.body179, %k.cond178.preheader
  %544 = phi <8 x float> [ zeroinitializer, %k.cond178.preheader ], [ %542, %k.body179 ]
  %545 = getelementptr inbounds float, ptr %d_h_weight, i64 %j157.0727
  %546 = extractelement <8 x float> %544, i64 0
  store float %546, ptr %545, align 4
  %547 = or disjoint i64 %j157.0727, 2
  %548 = getelementptr inbounds float, ptr %d_h_weight, i64 %547
  %549 = extractelement <8 x float> %544, i64 1
  store float %549, ptr %548, align 4
  %550 = or disjoint i64 %j157.0727, 4
  %551 = getelementptr inbounds float, ptr %d_h_weight, i64 %550
  %552 = extractelement <8 x float> %544, i64 2
  store float %552, ptr %551, align 4
  %553 = or disjoint i64 %j157.0727, 6
  %554 = getelementptr inbounds float, ptr %d_h_weight, i64 %553
  %555 = extractelement <8 x float> %544, i64 3
  store float %555, ptr %554, align 4
  %556 = or disjoint i64 %j157.0727, 8
  %557 = getelementptr inbounds float, ptr %d_h_weight, i64 %556
  %558 = extractelement <8 x float> %544, i64 4
  store float %558, ptr %557, align 4
  %559 = or disjoint i64 %j157.0727, 10
  %560 = getelementptr inbounds float, ptr %d_h_weight, i64 %559
  %561 = extractelement <8 x float> %544, i64 5
  store float %561, ptr %560, align 4
  %562 = or disjoint i64 %j157.0727, 12
  %563 = getelementptr inbounds float, ptr %d_h_weight, i64 %562
  %564 = extractelement <8 x float> %544, i64 6
  store float %564, ptr %563, align 4
  %565 = or disjoint i64 %j157.0727, 14
  %566 = getelementptr inbounds float, ptr %d_h_weight, i64 %565
  %567 = extractelement <8 x float> %544, i64 7
  store float %567, ptr %566, align 4
  br i1 %509, label %k.cond178.preheader, label %j.end161

vector.ph955:                                     ; preds = %vector.body942
  %train_y_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 640
  %train_h_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 512
  %train_y_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 576
  %train_h_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 448
  %568 = load float, ptr %train_step, align 64
  %569 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %568)
  %570 = fsub float 1.000000e+00, %569
  %571 = tail call float @llvm.sqrt.f32(float %570)
  %572 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %568)
  %573 = fsub float 1.000000e+00, %572
  %574 = fdiv float 0x3FA99999A0000000, %573
  %broadcast.splatinsert963 = insertelement <8 x float> poison, float %574, i64 0
  %broadcast.splat964 = shufflevector <8 x float> %broadcast.splatinsert963, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert965 = insertelement <8 x float> poison, float %571, i64 0
  %broadcast.splat966 = shufflevector <8 x float> %broadcast.splatinsert965, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load959 = load <8 x float>, ptr %d_h_bias, align 64
  %wide.load960 = load <8 x float>, ptr %train_h_bias_exp_avg, align 64
  %575 = fmul <8 x float> %wide.load960, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %576 = fmul <8 x float> %wide.load959, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %577 = fadd <8 x float> %576, %575
  store <8 x float> %577, ptr %train_h_bias_exp_avg, align 64
  %wide.load961 = load <8 x float>, ptr %train_h_bias_exp_avg_sq, align 64
  %578 = fmul <8 x float> %wide.load961, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %579 = fmul <8 x float> %wide.load959, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %580 = fmul <8 x float> %wide.load959, %579
  %581 = fadd <8 x float> %580, %578
  store <8 x float> %581, ptr %train_h_bias_exp_avg_sq, align 64
  %wide.load962 = load <8 x float>, ptr %h_bias, align 64
  %582 = fmul <8 x float> %broadcast.splat964, %577
  %583 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %581)
  %584 = fdiv <8 x float> %583, %broadcast.splat966
  %585 = fadd <8 x float> %584, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %586 = fdiv <8 x float> %582, %585
  %587 = fsub <8 x float> %wide.load962, %586
  store <8 x float> %587, ptr %h_bias, align 64
  %588 = load float, ptr %train_step, align 64
  %589 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %588)
  %590 = fsub float 1.000000e+00, %589
  %591 = tail call float @llvm.sqrt.f32(float %590)
  %592 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %588)
  %593 = fsub float 1.000000e+00, %592
  %594 = fdiv float 0x3FA99999A0000000, %593
  %broadcast.splatinsert978 = insertelement <8 x float> poison, float %594, i64 0
  %broadcast.splat979 = shufflevector <8 x float> %broadcast.splatinsert978, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert980 = insertelement <8 x float> poison, float %591, i64 0
  %broadcast.splat981 = shufflevector <8 x float> %broadcast.splatinsert980, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load974 = load <8 x float>, ptr %d_y_weight, align 64
  %wide.load975 = load <8 x float>, ptr %train_y_weight_exp_avg, align 64
  %595 = fmul <8 x float> %wide.load975, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %596 = fmul <8 x float> %wide.load974, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %597 = fadd <8 x float> %596, %595
  store <8 x float> %597, ptr %train_y_weight_exp_avg, align 64
  %wide.load976 = load <8 x float>, ptr %train_y_weight_exp_avg_sq, align 64
  %598 = fmul <8 x float> %wide.load976, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %599 = fmul <8 x float> %wide.load974, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %600 = fmul <8 x float> %wide.load974, %599
  %601 = fadd <8 x float> %600, %598
  store <8 x float> %601, ptr %train_y_weight_exp_avg_sq, align 64
  %wide.load977 = load <8 x float>, ptr %y_weight, align 64
  %602 = fmul <8 x float> %broadcast.splat979, %597
  %603 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %601)
  %604 = fdiv <8 x float> %603, %broadcast.splat981
  %605 = fadd <8 x float> %604, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %606 = fdiv <8 x float> %602, %605
  %607 = fsub <8 x float> %wide.load977, %606
  store <8 x float> %607, ptr %y_weight, align 64
  %train_y_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 768
  %train_y_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 704
  %608 = load float, ptr %train_step, align 64
  %609 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %608)
  %610 = fsub float 1.000000e+00, %609
  %611 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %608)
  %612 = fsub float 1.000000e+00, %611
  %613 = fdiv float 0x3FA99999A0000000, %610
  %614 = tail call float @llvm.sqrt.f32(float %612)
  %615 = load float, ptr %d_y_bias, align 64
  %616 = load float, ptr %train_y_bias_exp_avg, align 64
  %617 = fmul float %616, 0x3FECCCCCC0000000
  %618 = fmul float %615, 0x3FB99999A0000000
  %619 = fadd float %618, %617
  store float %619, ptr %train_y_bias_exp_avg, align 64
  %620 = load float, ptr %train_y_bias_exp_avg_sq, align 64
  %621 = fmul float %620, 0x3FEFF7CEE0000000
  %622 = fmul float %615, 0x3F50624DE0000000
  %623 = fmul float %615, %622
  %624 = fadd float %623, %621
  store float %624, ptr %train_y_bias_exp_avg_sq, align 64
  %625 = load float, ptr %y_bias, align 64
  %626 = fmul float %613, %619
  %627 = tail call float @llvm.sqrt.f32(float %624)
  %628 = fdiv float %627, %614
  %629 = fadd float %628, 0x3E45798EE0000000
  %630 = fdiv float %626, %629
  %631 = fsub float %625, %630
  store float %631, ptr %y_bias, align 64
  %632 = load float, ptr %loss, align 64
  ret float %632
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @log1pf(float) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_eval_batch(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  tail call void @xor_forward(ptr %ws, ptr %x, ptr nonnull %y, i64 %n)
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %i.end.thread, label %i.body

i.end.thread:                                     ; preds = %entry
  %0 = uitofp nneg i64 %n to float
  %1 = fdiv float 1.000000e+00, %0
  %2 = fmul float %1, 0.000000e+00
  store float %2, ptr %loss, align 64
  br label %i.end6

i.body:                                           ; preds = %entry, %i.body
  %i.019 = phi i64 [ %16, %i.body ], [ 0, %entry ]
  %sum.018 = phi float [ %15, %i.body ], [ 0.000000e+00, %entry ]
  %3 = getelementptr inbounds float, ptr %y_pre, i64 %i.019
  %4 = load float, ptr %3, align 4
  %5 = tail call float @llvm.maxnum.f32(float %4, float 0.000000e+00)
  %6 = getelementptr inbounds float, ptr %target, i64 %i.019
  %7 = load float, ptr %6, align 4
  %8 = fmul float %4, %7
  %9 = fsub float %5, %8
  %10 = tail call float @llvm.fabs.f32(float %4)
  %11 = fneg float %10
  %12 = tail call float @llvm.exp.f32(float %11)
  %13 = tail call float @log1pf(float %12)
  %14 = fadd float %13, %9
  %15 = fadd reassoc float %sum.018, %14
  %16 = add nuw nsw i64 %i.019, 1
  %exitcond.not = icmp eq i64 %16, %n
  br i1 %exitcond.not, label %i.body4.preheader, label %i.body

i.body4.preheader:                                ; preds = %i.body
  %17 = uitofp i64 %n to float
  %18 = fdiv float 1.000000e+00, %17
  %19 = fmul float %18, %15
  store float %19, ptr %loss, align 64
  %min.iters.check = icmp ult i64 %n, 32
  br i1 %min.iters.check, label %i.body4.preheader41, label %vector.ph

vector.ph:                                        ; preds = %i.body4.preheader
  %n.vec = and i64 %n, -32
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %44, %vector.body ]
  %vec.phi29 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %45, %vector.body ]
  %vec.phi30 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %46, %vector.body ]
  %vec.phi31 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %47, %vector.body ]
  %20 = getelementptr inbounds float, ptr %y, i64 %index
  %21 = getelementptr inbounds i8, ptr %20, i64 32
  %22 = getelementptr inbounds i8, ptr %20, i64 64
  %23 = getelementptr inbounds i8, ptr %20, i64 96
  %wide.load = load <8 x float>, ptr %20, align 64
  %wide.load32 = load <8 x float>, ptr %21, align 32
  %wide.load33 = load <8 x float>, ptr %22, align 64
  %wide.load34 = load <8 x float>, ptr %23, align 32
  %24 = fcmp ogt <8 x float> %wide.load, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %25 = fcmp ogt <8 x float> %wide.load32, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %26 = fcmp ogt <8 x float> %wide.load33, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %27 = fcmp ogt <8 x float> %wide.load34, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %28 = getelementptr inbounds float, ptr %target, i64 %index
  %29 = getelementptr inbounds i8, ptr %28, i64 32
  %30 = getelementptr inbounds i8, ptr %28, i64 64
  %31 = getelementptr inbounds i8, ptr %28, i64 96
  %wide.load35 = load <8 x float>, ptr %28, align 4
  %wide.load36 = load <8 x float>, ptr %29, align 4
  %wide.load37 = load <8 x float>, ptr %30, align 4
  %wide.load38 = load <8 x float>, ptr %31, align 4
  %32 = fcmp ule <8 x float> %wide.load35, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %33 = fcmp ule <8 x float> %wide.load36, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %34 = fcmp ule <8 x float> %wide.load37, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %35 = fcmp ule <8 x float> %wide.load38, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %36 = xor <8 x i1> %24, %32
  %37 = xor <8 x i1> %25, %33
  %38 = xor <8 x i1> %26, %34
  %39 = xor <8 x i1> %27, %35
  %40 = select <8 x i1> %36, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %41 = select <8 x i1> %37, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %42 = select <8 x i1> %38, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %43 = select <8 x i1> %39, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %44 = fadd reassoc <8 x float> %vec.phi, %40
  %45 = fadd reassoc <8 x float> %vec.phi29, %41
  %46 = fadd reassoc <8 x float> %vec.phi30, %42
  %47 = fadd reassoc <8 x float> %vec.phi31, %43
  %index.next = add nuw i64 %index, 32
  %48 = icmp eq i64 %index.next, %n.vec
  br i1 %48, label %middle.block, label %vector.body, !llvm.loop !18

middle.block:                                     ; preds = %vector.body
  %bin.rdx = fadd reassoc <8 x float> %45, %44
  %bin.rdx39 = fadd reassoc <8 x float> %46, %bin.rdx
  %bin.rdx40 = fadd reassoc <8 x float> %47, %bin.rdx39
  %49 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx40)
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end6, label %i.body4.preheader41

i.body4.preheader41:                              ; preds = %middle.block, %i.body4.preheader
  %i2.021.ph = phi i64 [ 0, %i.body4.preheader ], [ %n.vec, %middle.block ]
  %hits.020.ph = phi float [ 0.000000e+00, %i.body4.preheader ], [ %49, %middle.block ]
  br label %i.body4

i.body4:                                          ; preds = %i.body4.preheader41, %i.body4
  %i2.021 = phi i64 [ %59, %i.body4 ], [ %i2.021.ph, %i.body4.preheader41 ]
  %hits.020 = phi float [ %58, %i.body4 ], [ %hits.020.ph, %i.body4.preheader41 ]
  %50 = getelementptr inbounds float, ptr %y, i64 %i2.021
  %51 = load float, ptr %50, align 4
  %52 = fcmp ogt float %51, 5.000000e-01
  %53 = getelementptr inbounds float, ptr %target, i64 %i2.021
  %54 = load float, ptr %53, align 4
  %55 = fcmp ule float %54, 5.000000e-01
  %56 = xor i1 %52, %55
  %57 = select i1 %56, float 1.000000e+00, float 0.000000e+00
  %58 = fadd reassoc float %hits.020, %57
  %59 = add nuw nsw i64 %i2.021, 1
  %exitcond25.not = icmp eq i64 %59, %n
  br i1 %exitcond25.not, label %i.end6, label %i.body4, !llvm.loop !19

i.end6:                                           ; preds = %i.body4, %middle.block, %i.end.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %i.end.thread ], [ %49, %middle.block ], [ %58, %i.body4 ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %60 = load float, ptr %loss, align 64
  ret float %60
}

; Function Attrs: nounwind
define ptr @xor_create(i64 %0) local_unnamed_addr #5 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @xor_desc, i64 %0) #5
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_destroy(ptr %0) local_unnamed_addr #5 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #5
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #5 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #5
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_train_batch(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #5 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %4 = call i32 @nnrt_train_batch(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss) #5
  %5 = icmp eq i32 %4, 0
  %6 = load float, ptr %loss, align 4
  %7 = select i1 %5, float %6, float 0x7FF8000000000000
  ret float %7
}

declare i32 @nnrt_train_batch(ptr, ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #5 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #5
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_evaluate(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_fit(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call i32 @nnrt_fit(ptr %0, ptr %1, ptr %2) #5
  ret i32 %3
}

declare i32 @nnrt_fit(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_save(ptr %0, ptr %1) local_unnamed_addr #5 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #5
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_load(ptr %0, ptr %1) local_unnamed_addr #5 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #5
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @xor_param_count() local_unnamed_addr #6 {
entry:
  ret i64 33
}

; Function Attrs: nounwind
define ptr @xor_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #5
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @xor_grad(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call ptr @nnrt_grad(ptr %0, ptr %1, ptr %2) #5
  ret ptr %3
}

declare ptr @nnrt_grad(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fabs.v4f32(<4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #7

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind memory(write, argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2, !1}
!8 = !{!9}
!9 = distinct !{!9, !10}
!10 = distinct !{!10, !"LVerDomain"}
!11 = !{!12}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !2, !1}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !2, !1}
