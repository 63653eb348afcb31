; ModuleID = 'xor.nn'
source_filename = "xor.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [4 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, i64, i64, float, ptr, ptr, ptr, ptr, i32, i32, i32, double, double, ptr, i64, i64, float, i32, ptr, i32, [3 x i32], ptr }

@.str = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"train.lr\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"train.step\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"train.h.weight.exp_avg\00", align 1
@.str.8 = private unnamed_addr constant [26 x i8] c"train.h.weight.exp_avg_sq\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"train.h.bias.exp_avg\00", align 1
@.str.10 = private unnamed_addr constant [24 x i8] c"train.h.bias.exp_avg_sq\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"train.y.weight.exp_avg\00", align 1
@.str.12 = private unnamed_addr constant [26 x i8] c"train.y.weight.exp_avg_sq\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"train.y.bias.exp_avg\00", align 1
@.str.14 = private unnamed_addr constant [24 x i8] c"train.y.bias.exp_avg_sq\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.16 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@xor_tensors = internal constant [18 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.15, i32 2, [4 x i32] [i32 8, i32 2, i32 0, i32 0], i64 0, i8 0, i8 2, i32 2, i32 8, i32 14 }, %struct.nnrt_tensor { ptr @.str.16, i32 1, [4 x i32] [i32 8, i32 0, i32 0, i32 0], i64 16, i8 0, i8 0, i32 2, i32 8, i32 15 }, %struct.nnrt_tensor { ptr @.str.17, i32 2, [4 x i32] [i32 1, i32 8, i32 0, i32 0], i64 32, i8 0, i8 2, i32 8, i32 1, i32 16 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 48, i8 0, i8 0, i32 8, i32 1, i32 17 }, %struct.nnrt_tensor { ptr @.str.5, i32 0, [4 x i32] zeroinitializer, i64 64, i8 1, i8 4, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.6, i32 0, [4 x i32] zeroinitializer, i64 80, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.7, i32 2, [4 x i32] [i32 8, i32 2, i32 0, i32 0], i64 96, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.8, i32 2, [4 x i32] [i32 8, i32 2, i32 0, i32 0], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.9, i32 1, [4 x i32] [i32 8, i32 0, i32 0, i32 0], i64 112, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.10, i32 1, [4 x i32] [i32 8, i32 0, i32 0, i32 0], i64 176, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 2, [4 x i32] [i32 1, i32 8, i32 0, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 2, [4 x i32] [i32 1, i32 8, i32 0, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 208, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 2, [4 x i32] [i32 8, i32 2, i32 0, i32 0], i64 224, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 1, [4 x i32] [i32 8, i32 0, i32 0, i32 0], i64 240, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 2, [4 x i32] [i32 1, i32 8, i32 0, i32 0], i64 256, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 272, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@.str.19 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@xor_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 2, i64 1, i64 4, i64 416, ptr @xor_tensors, i64 18, i64 33, i32 3, i32 500, double 0.000000e+00, i32 0, i64 1, ptr null, i64 224, i64 64, float 0x3FA99999A0000000, ptr @xor_forward, ptr @xor_grad_step, ptr @xor_update_step, ptr @xor_eval_batch, i32 0, i32 0, i32 500, double 0.000000e+00, double 0.000000e+00, ptr null, i64 0, i64 0, float 0.000000e+00, i32 0, ptr @.str.19, i32 1, [3 x i32] [i32 2, i32 0, i32 0], ptr null }

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @log1pf(float) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @xor_forward(ptr nocapture align 64 %ws, ptr noalias nocapture readonly align 64 %pw, ptr nocapture readonly %x, ptr nocapture writeonly %y, i64 %n) #2 {
entry:
  %ws461 = ptrtoint ptr %ws to i64
  %y460 = ptrtoint ptr %y to i64
  %h_bias = getelementptr inbounds i8, ptr %pw, i64 64
  %y_weight = getelementptr inbounds i8, ptr %pw, i64 128
  %y_bias = getelementptr inbounds i8, ptr %pw, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1152
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1280
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j0.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %1 = phi i1 [ false, %i0.cond.i0.end_crit_edge.us ], [ true, %entry ]
  %j0.0344.us = phi i64 [ 4, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %2 = shl nuw nsw i64 %j0.0344.us, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0344.us
  %4 = load <4 x float>, ptr %3, align 16
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %5 = fadd <4 x float> %134, %4
  %6 = shl nuw nsw i64 %i0.0343.us, 3
  %7 = or disjoint i64 %6, %j0.0344.us
  %8 = getelementptr inbounds float, ptr %h, i64 %7
  %9 = fcmp olt <4 x float> %5, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %10 = select <4 x i1> %9, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %5
  %11 = fcmp ogt <4 x float> %5, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
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
  %25 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %5)
  %26 = fcmp olt <4 x float> %25, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %27 = select <4 x i1> %26, <4 x float> %5, <4 x float> %24
  store <4 x float> %27, ptr %8, align 16
  %28 = or disjoint i64 %6, %j0.0344.us
  %29 = or disjoint i64 %28, 8
  %30 = getelementptr inbounds float, ptr %h, i64 %29
  %31 = fadd <4 x float> %137, %4
  %32 = fcmp olt <4 x float> %31, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %33 = select <4 x i1> %32, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %31
  %34 = fcmp ogt <4 x float> %31, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %35 = select <4 x i1> %34, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %33
  %36 = fmul <4 x float> %35, %35
  %37 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %36, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %38 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> %36, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %39 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> %36, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %40 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %39, <4 x float> %36, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %41 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> %36, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %42 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %41, <4 x float> %36, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %43 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %36, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %43, <4 x float> %36, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> %36, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %46 = fmul <4 x float> %35, %42
  %47 = fdiv <4 x float> %46, %45
  %48 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %31)
  %49 = fcmp olt <4 x float> %48, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %50 = select <4 x i1> %49, <4 x float> %31, <4 x float> %47
  store <4 x float> %50, ptr %30, align 16
  %51 = or disjoint i64 %6, %j0.0344.us
  %52 = or disjoint i64 %51, 16
  %53 = getelementptr inbounds float, ptr %h, i64 %52
  %54 = fadd <4 x float> %140, %4
  %55 = fcmp olt <4 x float> %54, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %56 = select <4 x i1> %55, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %54
  %57 = fcmp ogt <4 x float> %54, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %58 = select <4 x i1> %57, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %56
  %59 = fmul <4 x float> %58, %58
  %60 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %59, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %61 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %60, <4 x float> %59, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %62 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> %59, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %63 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %59, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %64 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %63, <4 x float> %59, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %65 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %59, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %66 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %59, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %67 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %59, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %67, <4 x float> %59, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %69 = fmul <4 x float> %58, %65
  %70 = fdiv <4 x float> %69, %68
  %71 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %54)
  %72 = fcmp olt <4 x float> %71, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %73 = select <4 x i1> %72, <4 x float> %54, <4 x float> %70
  store <4 x float> %73, ptr %53, align 16
  %74 = or disjoint i64 %6, %j0.0344.us
  %75 = or disjoint i64 %74, 24
  %76 = getelementptr inbounds float, ptr %h, i64 %75
  %77 = fadd <4 x float> %143, %4
  %78 = fcmp olt <4 x float> %77, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %79 = select <4 x i1> %78, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %77
  %80 = fcmp ogt <4 x float> %77, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %81 = select <4 x i1> %80, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %79
  %82 = fmul <4 x float> %81, %81
  %83 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %82, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %84 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %83, <4 x float> %82, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %85 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %84, <4 x float> %82, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %86 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> %82, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %87 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %86, <4 x float> %82, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %82, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %89 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %82, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %89, <4 x float> %82, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %90, <4 x float> %82, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %92 = fmul <4 x float> %81, %88
  %93 = fdiv <4 x float> %92, %91
  %94 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %77)
  %95 = fcmp olt <4 x float> %94, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %96 = select <4 x i1> %95, <4 x float> %77, <4 x float> %93
  store <4 x float> %96, ptr %76, align 16
  %97 = add nuw nsw i64 %i0.0343.us, 4
  %98 = icmp ult i64 %97, %0
  br i1 %98, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %99 = phi i1 [ true, %k.cond.preheader.us ], [ false, %k.body.us ]
  %k.0334.us = phi i64 [ 0, %k.cond.preheader.us ], [ 1, %k.body.us ]
  %100 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %134, %k.body.us ]
  %101 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %137, %k.body.us ]
  %102 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %140, %k.body.us ]
  %103 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %143, %k.body.us ]
  %104 = or disjoint i64 %k.0334.us, %144
  %105 = getelementptr inbounds float, ptr %x, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = or disjoint i64 %104, 2
  %108 = getelementptr inbounds float, ptr %x, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = or disjoint i64 %104, 4
  %111 = getelementptr inbounds float, ptr %x, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = or disjoint i64 %104, 6
  %114 = getelementptr inbounds float, ptr %x, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %k.0334.us, %2
  %117 = getelementptr inbounds float, ptr %pw, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = or disjoint i64 %116, 2
  %120 = getelementptr inbounds float, ptr %pw, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = or disjoint i64 %116, 4
  %123 = getelementptr inbounds float, ptr %pw, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %116, 6
  %126 = getelementptr inbounds float, ptr %pw, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <4 x float> poison, float %106, i64 0
  %129 = shufflevector <4 x float> %128, <4 x float> poison, <4 x i32> zeroinitializer
  %130 = insertelement <4 x float> poison, float %118, i64 0
  %131 = insertelement <4 x float> %130, float %121, i64 1
  %132 = insertelement <4 x float> %131, float %124, i64 2
  %133 = insertelement <4 x float> %132, float %127, i64 3
  %134 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %129, <4 x float> %133, <4 x float> %100)
  %135 = insertelement <4 x float> poison, float %109, i64 0
  %136 = shufflevector <4 x float> %135, <4 x float> poison, <4 x i32> zeroinitializer
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %136, <4 x float> %133, <4 x float> %101)
  %138 = insertelement <4 x float> poison, float %112, i64 0
  %139 = shufflevector <4 x float> %138, <4 x float> poison, <4 x i32> zeroinitializer
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> %133, <4 x float> %102)
  %141 = insertelement <4 x float> poison, float %115, i64 0
  %142 = shufflevector <4 x float> %141, <4 x float> poison, <4 x i32> zeroinitializer
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %133, <4 x float> %103)
  br i1 %99, label %k.body.us, label %k.end.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0343.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %97, %k.end.us ]
  %144 = shl nuw nsw i64 %i0.0343.us, 1
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  br i1 %1, label %i0.cond.preheader.us, label %j0.end

j0.end:                                           ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not366 = icmp eq i64 %0, %n
  br i1 %.not366, label %i0.cond24.preheader, label %j0.cond6.preheader.lr.ph

j0.cond6.preheader.lr.ph:                         ; preds = %j0.end
  %145 = load <8 x float>, ptr %h_bias, align 64
  br label %j0.cond6.preheader

j0.cond6.preheader:                               ; preds = %j0.cond6.preheader.lr.ph, %k.end19
  %i.0355 = phi i64 [ %0, %j0.cond6.preheader.lr.ph ], [ %208, %k.end19 ]
  %146 = shl nsw i64 %i.0355, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %146
  br label %k.body17

i0.cond24.preheader:                              ; preds = %k.end19, %j0.end
  br i1 %.not, label %i.cond44.preheader, label %k.cond34.preheader.lr.ph

k.cond34.preheader.lr.ph:                         ; preds = %i0.cond24.preheader
  %147 = load float, ptr %y_bias, align 64
  %148 = insertelement <4 x float> poison, float %147, i64 0
  %149 = shufflevector <4 x float> %148, <4 x float> poison, <4 x i32> zeroinitializer
  br label %k.cond34.preheader

k.body17:                                         ; preds = %j0.cond6.preheader, %k.body17
  %150 = phi i1 [ true, %j0.cond6.preheader ], [ false, %k.body17 ]
  %k15.0353 = phi i64 [ 0, %j0.cond6.preheader ], [ 1, %k.body17 ]
  %151 = phi <8 x float> [ zeroinitializer, %j0.cond6.preheader ], [ %186, %k.body17 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k15.0353
  %152 = load float, ptr %gep, align 4
  %153 = getelementptr inbounds float, ptr %pw, i64 %k15.0353
  %154 = load float, ptr %153, align 4
  %155 = or disjoint i64 %k15.0353, 2
  %156 = getelementptr inbounds float, ptr %pw, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = or disjoint i64 %k15.0353, 4
  %159 = getelementptr inbounds float, ptr %pw, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = or disjoint i64 %k15.0353, 6
  %162 = getelementptr inbounds float, ptr %pw, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = or disjoint i64 %k15.0353, 8
  %165 = getelementptr inbounds float, ptr %pw, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = or disjoint i64 %k15.0353, 10
  %168 = getelementptr inbounds float, ptr %pw, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = or disjoint i64 %k15.0353, 12
  %171 = getelementptr inbounds float, ptr %pw, i64 %170
  %172 = load float, ptr %171, align 4
  %173 = or disjoint i64 %k15.0353, 14
  %174 = getelementptr inbounds float, ptr %pw, i64 %173
  %175 = load float, ptr %174, align 4
  %176 = insertelement <8 x float> poison, float %152, i64 0
  %177 = shufflevector <8 x float> %176, <8 x float> poison, <8 x i32> zeroinitializer
  %178 = insertelement <8 x float> poison, float %154, i64 0
  %179 = insertelement <8 x float> %178, float %157, i64 1
  %180 = insertelement <8 x float> %179, float %160, i64 2
  %181 = insertelement <8 x float> %180, float %163, i64 3
  %182 = insertelement <8 x float> %181, float %166, i64 4
  %183 = insertelement <8 x float> %182, float %169, i64 5
  %184 = insertelement <8 x float> %183, float %172, i64 6
  %185 = insertelement <8 x float> %184, float %175, i64 7
  %186 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %177, <8 x float> %185, <8 x float> %151)
  br i1 %150, label %k.body17, label %k.end19

k.end19:                                          ; preds = %k.body17
  %187 = getelementptr inbounds float, ptr %h, i64 %146
  %188 = fadd <8 x float> %186, %145
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
  store <8 x float> %207, ptr %187, align 32
  %208 = add nuw nsw i64 %i.0355, 1
  %209 = icmp ult i64 %208, %n
  br i1 %209, label %j0.cond6.preheader, label %i0.cond24.preheader

k.cond34.preheader:                               ; preds = %k.cond34.preheader.lr.ph, %k.end37
  %i023.0361 = phi i64 [ 0, %k.cond34.preheader.lr.ph ], [ %237, %k.end37 ]
  %210 = shl nuw nsw i64 %i023.0361, 3
  br label %k.body35

i.cond44.preheader:                               ; preds = %k.end37, %i0.cond24.preheader
  br i1 %.not366, label %i.cond64.preheader, label %k.cond57.preheader.lr.ph

k.cond57.preheader.lr.ph:                         ; preds = %i.cond44.preheader
  %211 = load float, ptr %y_bias, align 64
  br label %k.cond57.preheader

k.body35:                                         ; preds = %k.cond34.preheader, %k.body35
  %k33.0360 = phi i64 [ 0, %k.cond34.preheader ], [ %234, %k.body35 ]
  %212 = phi <4 x float> [ zeroinitializer, %k.cond34.preheader ], [ %233, %k.body35 ]
  %213 = add nuw nsw i64 %k33.0360, %210
  %214 = getelementptr inbounds float, ptr %h, i64 %213
  %215 = load float, ptr %214, align 4
  %216 = or disjoint i64 %213, 8
  %217 = getelementptr inbounds float, ptr %h, i64 %216
  %218 = load float, ptr %217, align 4
  %219 = or disjoint i64 %213, 16
  %220 = getelementptr inbounds float, ptr %h, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = or disjoint i64 %213, 24
  %223 = getelementptr inbounds float, ptr %h, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = getelementptr inbounds float, ptr %y_weight, i64 %k33.0360
  %226 = load float, ptr %225, align 4
  %227 = insertelement <4 x float> poison, float %215, i64 0
  %228 = insertelement <4 x float> %227, float %218, i64 1
  %229 = insertelement <4 x float> %228, float %221, i64 2
  %230 = insertelement <4 x float> %229, float %224, i64 3
  %231 = insertelement <4 x float> poison, float %226, i64 0
  %232 = shufflevector <4 x float> %231, <4 x float> poison, <4 x i32> zeroinitializer
  %233 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %230, <4 x float> %232, <4 x float> %212)
  %234 = add nuw nsw i64 %k33.0360, 1
  %exitcond.not = icmp eq i64 %234, 8
  br i1 %exitcond.not, label %k.end37, label %k.body35

k.end37:                                          ; preds = %k.body35
  %235 = fadd <4 x float> %233, %149
  %236 = getelementptr inbounds float, ptr %y_pre, i64 %i023.0361
  store <4 x float> %235, ptr %236, align 16
  %237 = add nuw nsw i64 %i023.0361, 4
  %238 = icmp ult i64 %237, %0
  br i1 %238, label %k.cond34.preheader, label %i.cond44.preheader

k.cond57.preheader:                               ; preds = %k.cond57.preheader.lr.ph, %k.end60
  %i43.0364 = phi i64 [ %0, %k.cond57.preheader.lr.ph ], [ %255, %k.end60 ]
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
  %239 = add i64 %y460, -1280
  %240 = sub i64 %239, %ws461
  %diff.check = icmp ult i64 %240, 32
  br i1 %diff.check, label %i.body65.preheader462, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %241 = getelementptr inbounds float, ptr %y, i64 %index
  %242 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %242, align 32
  %243 = fneg <8 x float> %wide.load
  %244 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %243)
  %245 = fadd <8 x float> %244, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %246 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %245
  store <8 x float> %246, ptr %241, align 4
  %index.next = add nuw i64 %index, 8
  %247 = icmp eq i64 %index.next, %n.vec
  br i1 %247, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end67, label %i.body65.preheader462

k.body58:                                         ; preds = %k.cond57.preheader, %k.body58
  %k56.0363 = phi i64 [ 0, %k.cond57.preheader ], [ %252, %k.body58 ]
  %s0_055.0362 = phi float [ 0.000000e+00, %k.cond57.preheader ], [ %251, %k.body58 ]
  %gep431 = getelementptr float, ptr %invariant.gep430, i64 %k56.0363
  %248 = load float, ptr %gep431, align 4
  %249 = getelementptr inbounds float, ptr %y_weight, i64 %k56.0363
  %250 = load float, ptr %249, align 4
  %251 = tail call float @llvm.fmuladd.f32(float %248, float %250, float %s0_055.0362)
  %252 = add nuw nsw i64 %k56.0363, 1
  %exitcond400.not = icmp eq i64 %252, 8
  br i1 %exitcond400.not, label %k.end60, label %k.body58

k.end60:                                          ; preds = %k.body58
  %253 = fadd float %251, %211
  %254 = getelementptr inbounds float, ptr %y_pre, i64 %i43.0364
  store float %253, ptr %254, align 4
  %255 = add nuw nsw i64 %i43.0364, 1
  %256 = icmp ult i64 %255, %n
  br i1 %256, label %k.cond57.preheader, label %i.cond64.preheader

i.body65:                                         ; preds = %i.body65.preheader462, %i.body65
  %i63.0365 = phi i64 [ %264, %i.body65 ], [ %i63.0365.ph, %i.body65.preheader462 ]
  %257 = getelementptr inbounds float, ptr %y, i64 %i63.0365
  %258 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0365
  %259 = load float, ptr %258, align 4
  %260 = fneg float %259
  %261 = tail call float @llvm.exp.f32(float %260)
  %262 = fadd float %261, 1.000000e+00
  %263 = fdiv float 1.000000e+00, %262
  store float %263, ptr %257, align 4
  %264 = add nuw nsw i64 %i63.0365, 1
  %exitcond401.not = icmp eq i64 %264, %n
  br i1 %exitcond401.not, label %i.end67, label %i.body65, !llvm.loop !3

i.end67:                                          ; preds = %i.body65, %middle.block, %i.cond64.preheader
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_grad_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #3 {
entry:
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %d_h_weight = getelementptr inbounds i8, ptr %ws, i64 896
  %d_h_bias = getelementptr inbounds i8, ptr %ws, i64 960
  %d_y_weight = getelementptr i8, ptr %ws, i64 1024
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1088
  %h = getelementptr inbounds i8, ptr %ws, i64 1152
  %y_pre = getelementptr i8, ptr %ws, i64 1280
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1408
  %y = getelementptr inbounds i8, ptr %ws, i64 1536
  %loss = getelementptr inbounds i8, ptr %ws, i64 1600
  tail call void @xor_forward(ptr %ws, ptr %ws, ptr %x, ptr nonnull %y, i64 %n)
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %i.end6.thread, label %i.body.preheader

i.body.preheader:                                 ; preds = %entry
  %min.iters.check = icmp ult i64 %n, 32
  br i1 %min.iters.check, label %i.body.preheader398, label %vector.ph

i.body.preheader398:                              ; preds = %middle.block, %i.body.preheader
  %hits.0250.ph = phi float [ 0.000000e+00, %i.body.preheader ], [ %29, %middle.block ]
  %i.0249.ph = phi i64 [ 0, %i.body.preheader ], [ %n.vec, %middle.block ]
  br label %i.body

vector.ph:                                        ; preds = %i.body.preheader
  %n.vec = and i64 %n, -32
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %24, %vector.body ]
  %vec.phi354 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %25, %vector.body ]
  %vec.phi355 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %26, %vector.body ]
  %vec.phi356 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %27, %vector.body ]
  %0 = getelementptr inbounds float, ptr %y, i64 %index
  %1 = getelementptr inbounds i8, ptr %0, i64 32
  %2 = getelementptr inbounds i8, ptr %0, i64 64
  %3 = getelementptr inbounds i8, ptr %0, i64 96
  %wide.load = load <8 x float>, ptr %0, align 64
  %wide.load357 = load <8 x float>, ptr %1, align 32
  %wide.load358 = load <8 x float>, ptr %2, align 64
  %wide.load359 = load <8 x float>, ptr %3, align 32
  %4 = fcmp ogt <8 x float> %wide.load, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %5 = fcmp ogt <8 x float> %wide.load357, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %6 = fcmp ogt <8 x float> %wide.load358, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %7 = fcmp ogt <8 x float> %wide.load359, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %8 = getelementptr inbounds float, ptr %target, i64 %index
  %9 = getelementptr inbounds i8, ptr %8, i64 32
  %10 = getelementptr inbounds i8, ptr %8, i64 64
  %11 = getelementptr inbounds i8, ptr %8, i64 96
  %wide.load360 = load <8 x float>, ptr %8, align 4
  %wide.load361 = load <8 x float>, ptr %9, align 4
  %wide.load362 = load <8 x float>, ptr %10, align 4
  %wide.load363 = load <8 x float>, ptr %11, align 4
  %12 = fcmp ule <8 x float> %wide.load360, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %13 = fcmp ule <8 x float> %wide.load361, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %14 = fcmp ule <8 x float> %wide.load362, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %15 = fcmp ule <8 x float> %wide.load363, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %16 = xor <8 x i1> %4, %12
  %17 = xor <8 x i1> %5, %13
  %18 = xor <8 x i1> %6, %14
  %19 = xor <8 x i1> %7, %15
  %20 = select <8 x i1> %16, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %21 = select <8 x i1> %17, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %22 = select <8 x i1> %18, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %23 = select <8 x i1> %19, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %24 = fadd reassoc <8 x float> %vec.phi, %20
  %25 = fadd reassoc <8 x float> %vec.phi354, %21
  %26 = fadd reassoc <8 x float> %vec.phi355, %22
  %27 = fadd reassoc <8 x float> %vec.phi356, %23
  %index.next = add nuw i64 %index, 32
  %28 = icmp eq i64 %index.next, %n.vec
  br i1 %28, label %middle.block, label %vector.body, !llvm.loop !4

middle.block:                                     ; preds = %vector.body
  %bin.rdx = fadd reassoc <8 x float> %25, %24
  %bin.rdx364 = fadd reassoc <8 x float> %26, %bin.rdx
  %bin.rdx365 = fadd reassoc <8 x float> %27, %bin.rdx364
  %29 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx365)
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body.i.preheader, label %i.body.preheader398

i.end6.thread:                                    ; preds = %entry
  store float 0.000000e+00, ptr %correct, align 4
  %30 = uitofp nneg i64 %n to float
  %31 = fdiv float 1.000000e+00, %30
  %32 = fmul float %31, 0.000000e+00
  store float %32, ptr %loss, align 64
  br label %j.cond16.preheader

i.body:                                           ; preds = %i.body.preheader398, %i.body
  %hits.0250 = phi float [ %41, %i.body ], [ %hits.0250.ph, %i.body.preheader398 ]
  %i.0249 = phi i64 [ %42, %i.body ], [ %i.0249.ph, %i.body.preheader398 ]
  %33 = getelementptr inbounds float, ptr %y, i64 %i.0249
  %34 = load float, ptr %33, align 4
  %35 = fcmp ogt float %34, 5.000000e-01
  %36 = getelementptr inbounds float, ptr %target, i64 %i.0249
  %37 = load float, ptr %36, align 4
  %38 = fcmp ule float %37, 5.000000e-01
  %39 = xor i1 %35, %38
  %40 = select i1 %39, float 1.000000e+00, float 0.000000e+00
  %41 = fadd reassoc float %hits.0250, %40
  %42 = add nuw nsw i64 %i.0249, 1
  %exitcond.not = icmp eq i64 %42, %n
  br i1 %exitcond.not, label %i.body.i.preheader, label %i.body, !llvm.loop !5

i.body.i.preheader:                               ; preds = %i.body, %middle.block
  %.lcssa353 = phi float [ %29, %middle.block ], [ %41, %i.body ]
  store float %.lcssa353, ptr %correct, align 4
  br label %i.body.i

i.body.i:                                         ; preds = %i.body.i.preheader, %i.body.i
  %i.09.i = phi i64 [ %56, %i.body.i ], [ 0, %i.body.i.preheader ]
  %sum.08.i = phi float [ %55, %i.body.i ], [ 0.000000e+00, %i.body.i.preheader ]
  %43 = getelementptr inbounds float, ptr %y_pre, i64 %i.09.i
  %44 = load float, ptr %43, align 4
  %45 = tail call float @llvm.maxnum.f32(float %44, float 0.000000e+00)
  %46 = getelementptr inbounds float, ptr %target, i64 %i.09.i
  %47 = load float, ptr %46, align 4
  %48 = fmul float %44, %47
  %49 = fsub float %45, %48
  %50 = tail call float @llvm.fabs.f32(float %44)
  %51 = fneg float %50
  %52 = tail call float @llvm.exp.f32(float %51)
  %53 = tail call float @log1pf(float %52)
  %54 = fadd float %53, %49
  %55 = fadd reassoc float %sum.08.i, %54
  %56 = add nuw nsw i64 %i.09.i, 1
  %exitcond.not.i = icmp eq i64 %56, %n
  br i1 %exitcond.not.i, label %i.body4.preheader, label %i.body.i

i.body4.preheader:                                ; preds = %i.body.i
  %57 = uitofp i64 %n to float
  %58 = fdiv float 1.000000e+00, %57
  %59 = fmul float %58, %55
  store float %59, ptr %loss, align 64
  %min.iters.check369 = icmp ult i64 %n, 8
  br i1 %min.iters.check369, label %i.body4.preheader396, label %vector.memcheck

i.body4.preheader396:                             ; preds = %middle.block367, %vector.memcheck, %i.body4.preheader
  %i2.0251.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body4.preheader ], [ %n.vec372, %middle.block367 ]
  br label %i.body4

vector.memcheck:                                  ; preds = %i.body4.preheader
  %60 = shl i64 %n, 2
  %61 = getelementptr i8, ptr %ws, i64 %60
  %scevgep = getelementptr i8, ptr %61, i64 1408
  %scevgep366 = getelementptr i8, ptr %target, i64 %60
  %bound0 = icmp ult ptr %y_pre, %scevgep366
  %bound1 = icmp ugt ptr %scevgep, %target
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %i.body4.preheader396, label %vector.ph370

vector.ph370:                                     ; preds = %vector.memcheck
  %n.vec372 = and i64 %n, -8
  %broadcast.splatinsert = insertelement <8 x float> poison, float %58, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body374

vector.body374:                                   ; preds = %vector.body374, %vector.ph370
  %index375 = phi i64 [ 0, %vector.ph370 ], [ %index.next378, %vector.body374 ]
  %62 = getelementptr inbounds float, ptr %d_y_pre, i64 %index375
  %63 = getelementptr inbounds float, ptr %y_pre, i64 %index375
  %wide.load376 = load <8 x float>, ptr %63, align 32, !alias.scope !6, !noalias !9
  %64 = fneg <8 x float> %wide.load376
  %65 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %64)
  %66 = fadd <8 x float> %65, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %67 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %66
  %68 = getelementptr inbounds float, ptr %target, i64 %index375
  %wide.load377 = load <8 x float>, ptr %68, align 4, !alias.scope !9
  %69 = fsub <8 x float> %67, %wide.load377
  %70 = fmul <8 x float> %broadcast.splat, %69
  store <8 x float> %70, ptr %62, align 32, !alias.scope !6, !noalias !9
  %index.next378 = add nuw i64 %index375, 8
  %71 = icmp eq i64 %index.next378, %n.vec372
  br i1 %71, label %middle.block367, label %vector.body374, !llvm.loop !11

middle.block367:                                  ; preds = %vector.body374
  %cmp.n379 = icmp eq i64 %n.vec372, %n
  br i1 %cmp.n379, label %j.body.preheader, label %i.body4.preheader396

j.body.preheader:                                 ; preds = %i.body4, %middle.block367
  br label %j.body

i.body4:                                          ; preds = %i.body4.preheader396, %i.body4
  %i2.0251 = phi i64 [ %83, %i.body4 ], [ %i2.0251.ph, %i.body4.preheader396 ]
  %72 = getelementptr inbounds float, ptr %d_y_pre, i64 %i2.0251
  %73 = getelementptr inbounds float, ptr %y_pre, i64 %i2.0251
  %74 = load float, ptr %73, align 4
  %75 = fneg float %74
  %76 = tail call float @llvm.exp.f32(float %75)
  %77 = fadd float %76, 1.000000e+00
  %78 = fdiv float 1.000000e+00, %77
  %79 = getelementptr inbounds float, ptr %target, i64 %i2.0251
  %80 = load float, ptr %79, align 4
  %81 = fsub float %78, %80
  %82 = fmul float %58, %81
  store float %82, ptr %72, align 4
  %83 = add nuw nsw i64 %i2.0251, 1
  %exitcond315.not = icmp eq i64 %83, %n
  br i1 %exitcond315.not, label %j.body.preheader, label %i.body4, !llvm.loop !12

j.cond16.preheader:                               ; preds = %j.body, %i.end6.thread
  %storemerge = phi float [ 0.000000e+00, %i.end6.thread ], [ %88, %j.body ]
  store float %storemerge, ptr %d_y_bias, align 64
  %84 = and i64 %n, -8
  %.not294 = icmp eq i64 %84, 0
  %.not295 = icmp eq i64 %84, %n
  br label %i0.cond.preheader

j.body:                                           ; preds = %j.body.preheader, %j.body
  %85 = phi float [ %88, %j.body ], [ 0.000000e+00, %j.body.preheader ]
  %i8.0252 = phi i64 [ %89, %j.body ], [ 0, %j.body.preheader ]
  %86 = getelementptr inbounds float, ptr %d_y_pre, i64 %i8.0252
  %87 = load float, ptr %86, align 4
  %88 = fadd float %85, %87
  %89 = add nuw nsw i64 %i8.0252, 1
  %exitcond316.not = icmp eq i64 %89, %n
  br i1 %exitcond316.not, label %j.cond16.preheader, label %j.body

i0.cond.preheader:                                ; preds = %j.cond16.preheader, %i.end27
  %j15.0266 = phi i64 [ 0, %j.cond16.preheader ], [ %156, %i.end27 ]
  br i1 %.not294, label %i.cond24.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %90 = getelementptr inbounds float, ptr %y_weight, i64 %j15.0266
  br label %k.cond.preheader

j.cond38.preheader:                               ; preds = %i.end27
  br i1 %.not, label %i.end61.thread, label %k.cond51.preheader.us

i.end61.thread:                                   ; preds = %j.cond38.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_y_weight, i8 0, i64 32, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br label %k.cond96.preheader.preheader

k.cond51.preheader.us:                            ; preds = %j.cond38.preheader, %k.cond51.k.end54_crit_edge.us
  %j37.0270.us = phi i64 [ %97, %k.cond51.k.end54_crit_edge.us ], [ 0, %j.cond38.preheader ]
  %invariant.gep337 = getelementptr inbounds float, ptr %h, i64 %j37.0270.us
  br label %k.body52.us

k.body52.us:                                      ; preds = %k.cond51.preheader.us, %k.body52.us
  %k50.0268.us = phi i64 [ 0, %k.cond51.preheader.us ], [ %95, %k.body52.us ]
  %s049.0267.us = phi float [ 0.000000e+00, %k.cond51.preheader.us ], [ %94, %k.body52.us ]
  %.idx297 = shl nsw i64 %k50.0268.us, 5
  %gep338 = getelementptr inbounds i8, ptr %invariant.gep337, i64 %.idx297
  %91 = load float, ptr %gep338, align 4
  %92 = getelementptr inbounds float, ptr %d_y_pre, i64 %k50.0268.us
  %93 = load float, ptr %92, align 4
  %94 = tail call float @llvm.fmuladd.f32(float %93, float %91, float %s049.0267.us)
  %95 = add nuw nsw i64 %k50.0268.us, 1
  %exitcond318.not = icmp eq i64 %95, %n
  br i1 %exitcond318.not, label %k.cond51.k.end54_crit_edge.us, label %k.body52.us

k.cond51.k.end54_crit_edge.us:                    ; preds = %k.body52.us
  %96 = getelementptr inbounds float, ptr %d_y_weight, i64 %j37.0270.us
  store float %94, ptr %96, align 4
  %97 = add nuw nsw i64 %j37.0270.us, 1
  %exitcond319.not = icmp eq i64 %97, 8
  br i1 %exitcond319.not, label %i.body59.preheader, label %k.cond51.preheader.us

i.cond24.preheader:                               ; preds = %k.cond.preheader, %i0.cond.preheader
  br i1 %.not295, label %i.end27, label %k.cond31.preheader.lr.ph

k.cond31.preheader.lr.ph:                         ; preds = %i.cond24.preheader
  %98 = getelementptr inbounds float, ptr %y_weight, i64 %j15.0266
  %invariant.gep = getelementptr float, ptr %y_pre, i64 %j15.0266
  br label %k.cond31.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.cond.preheader
  %i0.0262 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %148, %k.cond.preheader ]
  %99 = load float, ptr %90, align 4
  %100 = getelementptr inbounds float, ptr %d_y_pre, i64 %i0.0262
  %101 = load float, ptr %100, align 32
  %102 = or disjoint i64 %i0.0262, 1
  %103 = getelementptr inbounds float, ptr %d_y_pre, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = or disjoint i64 %i0.0262, 2
  %106 = getelementptr inbounds float, ptr %d_y_pre, i64 %105
  %107 = load float, ptr %106, align 8
  %108 = or disjoint i64 %i0.0262, 3
  %109 = getelementptr inbounds float, ptr %d_y_pre, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = or disjoint i64 %i0.0262, 4
  %112 = getelementptr inbounds float, ptr %d_y_pre, i64 %111
  %113 = load float, ptr %112, align 16
  %114 = or disjoint i64 %i0.0262, 5
  %115 = getelementptr inbounds float, ptr %d_y_pre, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = or disjoint i64 %i0.0262, 6
  %118 = getelementptr inbounds float, ptr %d_y_pre, i64 %117
  %119 = load float, ptr %118, align 8
  %120 = or disjoint i64 %i0.0262, 7
  %121 = getelementptr inbounds float, ptr %d_y_pre, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = tail call float @llvm.fmuladd.f32(float %101, float %99, float 0.000000e+00)
  %124 = tail call float @llvm.fmuladd.f32(float %104, float %99, float 0.000000e+00)
  %125 = tail call float @llvm.fmuladd.f32(float %107, float %99, float 0.000000e+00)
  %126 = tail call float @llvm.fmuladd.f32(float %110, float %99, float 0.000000e+00)
  %127 = tail call float @llvm.fmuladd.f32(float %113, float %99, float 0.000000e+00)
  %128 = tail call float @llvm.fmuladd.f32(float %116, float %99, float 0.000000e+00)
  %129 = tail call float @llvm.fmuladd.f32(float %119, float %99, float 0.000000e+00)
  %130 = tail call float @llvm.fmuladd.f32(float %122, float %99, float 0.000000e+00)
  %131 = shl nuw nsw i64 %i0.0262, 3
  %132 = add nuw nsw i64 %131, %j15.0266
  %133 = getelementptr inbounds float, ptr %y_pre, i64 %132
  store float %123, ptr %133, align 4
  %134 = or disjoint i64 %132, 8
  %135 = getelementptr inbounds float, ptr %y_pre, i64 %134
  store float %124, ptr %135, align 4
  %136 = or disjoint i64 %132, 16
  %137 = getelementptr inbounds float, ptr %y_pre, i64 %136
  store float %125, ptr %137, align 4
  %138 = or disjoint i64 %132, 24
  %139 = getelementptr inbounds float, ptr %y_pre, i64 %138
  store float %126, ptr %139, align 4
  %140 = or disjoint i64 %132, 32
  %141 = getelementptr inbounds float, ptr %y_pre, i64 %140
  store float %127, ptr %141, align 4
  %142 = or disjoint i64 %132, 40
  %143 = getelementptr inbounds float, ptr %y_pre, i64 %142
  store float %128, ptr %143, align 4
  %144 = or disjoint i64 %132, 48
  %145 = getelementptr inbounds float, ptr %y_pre, i64 %144
  store float %129, ptr %145, align 4
  %146 = or disjoint i64 %132, 56
  %147 = getelementptr inbounds float, ptr %y_pre, i64 %146
  store float %130, ptr %147, align 4
  %148 = add nuw nsw i64 %i0.0262, 8
  %149 = icmp ult i64 %148, %84
  br i1 %149, label %k.cond.preheader, label %i.cond24.preheader

k.cond31.preheader:                               ; preds = %k.cond31.preheader.lr.ph, %k.cond31.preheader
  %i23.0265 = phi i64 [ %84, %k.cond31.preheader.lr.ph ], [ %154, %k.cond31.preheader ]
  %150 = load float, ptr %98, align 4
  %151 = getelementptr inbounds float, ptr %d_y_pre, i64 %i23.0265
  %152 = load float, ptr %151, align 4
  %153 = tail call float @llvm.fmuladd.f32(float %152, float %150, float 0.000000e+00)
  %.idx = shl nsw i64 %i23.0265, 5
  %gep = getelementptr i8, ptr %invariant.gep, i64 %.idx
  store float %153, ptr %gep, align 4
  %154 = add nuw nsw i64 %i23.0265, 1
  %155 = icmp ult i64 %154, %n
  br i1 %155, label %k.cond31.preheader, label %i.end27

i.end27:                                          ; preds = %k.cond31.preheader, %i.cond24.preheader
  %156 = add nuw nsw i64 %j15.0266, 1
  %exitcond317.not = icmp eq i64 %156, 8
  br i1 %exitcond317.not, label %j.cond38.preheader, label %i0.cond.preheader

i.body59.preheader:                               ; preds = %k.cond51.k.end54_crit_edge.us
  %157 = shl i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %157, i64 1)
  %min.iters.check382 = icmp eq i64 %157, 0
  br i1 %min.iters.check382, label %i.body59.preheader393, label %vector.ph383

vector.ph383:                                     ; preds = %i.body59.preheader
  %n.vec385 = and i64 %umax, -8
  br label %vector.body387

vector.body387:                                   ; preds = %vector.body387, %vector.ph383
  %index388 = phi i64 [ 0, %vector.ph383 ], [ %index.next391, %vector.body387 ]
  %158 = getelementptr inbounds float, ptr %d_y_pre, i64 %index388
  %159 = getelementptr inbounds float, ptr %y_pre, i64 %index388
  %wide.load389 = load <8 x float>, ptr %159, align 32
  %160 = getelementptr inbounds float, ptr %h, i64 %index388
  %wide.load390 = load <8 x float>, ptr %160, align 32
  %161 = fmul <8 x float> %wide.load390, %wide.load390
  %162 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %161
  %163 = fmul <8 x float> %wide.load389, %162
  store <8 x float> %163, ptr %158, align 32
  %index.next391 = add nuw i64 %index388, 8
  %164 = icmp eq i64 %index.next391, %n.vec385
  br i1 %164, label %middle.block380, label %vector.body387, !llvm.loop !13

middle.block380:                                  ; preds = %vector.body387
  %cmp.n392 = icmp eq i64 %157, %n.vec385
  br i1 %cmp.n392, label %i.end61, label %i.body59.preheader393

i.body59.preheader393:                            ; preds = %middle.block380, %i.body59.preheader
  %i57.0271.ph = phi i64 [ 0, %i.body59.preheader ], [ %n.vec385, %middle.block380 ]
  br label %i.body59

i.body59:                                         ; preds = %i.body59.preheader393, %i.body59
  %i57.0271 = phi i64 [ %173, %i.body59 ], [ %i57.0271.ph, %i.body59.preheader393 ]
  %165 = getelementptr inbounds float, ptr %d_y_pre, i64 %i57.0271
  %166 = getelementptr inbounds float, ptr %y_pre, i64 %i57.0271
  %167 = load float, ptr %166, align 4
  %168 = getelementptr inbounds float, ptr %h, i64 %i57.0271
  %169 = load float, ptr %168, align 4
  %170 = fmul float %169, %169
  %171 = fsub float 1.000000e+00, %170
  %172 = fmul float %167, %171
  store float %172, ptr %165, align 4
  %173 = add nuw nsw i64 %i57.0271, 1
  %exitcond320.not = icmp eq i64 %173, %umax
  br i1 %exitcond320.not, label %i.end61, label %i.body59, !llvm.loop !14

i.end61:                                          ; preds = %i.body59, %middle.block380
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br i1 %.not, label %k.cond96.preheader.preheader, label %j.cond70.preheader

j.cond70.preheader:                               ; preds = %i.end61, %j.end73
  %i63.0273 = phi i64 [ %179, %j.end73 ], [ 0, %i.end61 ]
  %.idx300 = shl nsw i64 %i63.0273, 5
  %invariant.gep339 = getelementptr inbounds i8, ptr %d_y_pre, i64 %.idx300
  br label %j.body71

j.body71:                                         ; preds = %j.cond70.preheader, %j.body71
  %j69.0272 = phi i64 [ 0, %j.cond70.preheader ], [ %178, %j.body71 ]
  %174 = getelementptr inbounds float, ptr %d_h_bias, i64 %j69.0272
  %175 = load float, ptr %174, align 4
  %gep340 = getelementptr inbounds float, ptr %invariant.gep339, i64 %j69.0272
  %176 = load float, ptr %gep340, align 4
  %177 = fadd float %175, %176
  store float %177, ptr %174, align 4
  %178 = add nuw nsw i64 %j69.0272, 1
  %exitcond321.not = icmp eq i64 %178, 8
  br i1 %exitcond321.not, label %j.end73, label %j.body71

j.end73:                                          ; preds = %j.body71
  %179 = add nuw nsw i64 %i63.0273, 1
  %exitcond322.not = icmp eq i64 %179, %n
  br i1 %exitcond322.not, label %k.cond96.preheader.preheader, label %j.cond70.preheader

k.cond96.preheader.preheader:                     ; preds = %j.end73, %i.end61.thread, %i.end61
  br label %k.cond96.preheader

k.cond96.preheader:                               ; preds = %k.cond96.preheader.preheader, %k.end99
  %180 = phi i1 [ false, %k.end99 ], [ true, %k.cond96.preheader.preheader ]
  %j75.0291 = phi i64 [ 1, %k.end99 ], [ 0, %k.cond96.preheader.preheader ]
  br i1 %.not, label %k.end99, label %k.body97.preheader

k.body97.preheader:                               ; preds = %k.cond96.preheader
  %invariant.gep341 = getelementptr inbounds float, ptr %x, i64 %j75.0291
  br label %k.body97

j.end79:                                          ; preds = %k.end99
  %181 = load float, ptr %loss, align 64
  ret float %181

k.body97:                                         ; preds = %k.body97.preheader, %k.body97
  %k95.0282 = phi i64 [ %189, %k.body97 ], [ 0, %k.body97.preheader ]
  %182 = phi <8 x float> [ %188, %k.body97 ], [ zeroinitializer, %k.body97.preheader ]
  %.idx302 = shl nsw i64 %k95.0282, 3
  %gep342 = getelementptr inbounds i8, ptr %invariant.gep341, i64 %.idx302
  %183 = load float, ptr %gep342, align 4
  %184 = getelementptr inbounds float, ptr %d_y_pre, i64 %.idx302
  %185 = load <8 x float>, ptr %184, align 32
  %186 = insertelement <8 x float> poison, float %183, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %185, <8 x float> %187, <8 x float> %182)
  %189 = add nuw nsw i64 %k95.0282, 1
  %exitcond323.not = icmp eq i64 %189, %n
  br i1 %exitcond323.not, label %k.end99, label %k.body97

k.end99:                                          ; preds = %k.body97, %k.cond96.preheader
  %190 = phi <8 x float> [ zeroinitializer, %k.cond96.preheader ], [ %188, %k.body97 ]
  %191 = getelementptr inbounds float, ptr %d_h_weight, i64 %j75.0291
  %192 = extractelement <8 x float> %190, i64 0
  store float %192, ptr %191, align 4
  %193 = or disjoint i64 %j75.0291, 2
  %194 = getelementptr inbounds float, ptr %d_h_weight, i64 %193
  %195 = extractelement <8 x float> %190, i64 1
  store float %195, ptr %194, align 4
  %196 = or disjoint i64 %j75.0291, 4
  %197 = getelementptr inbounds float, ptr %d_h_weight, i64 %196
  %198 = extractelement <8 x float> %190, i64 2
  store float %198, ptr %197, align 4
  %199 = or disjoint i64 %j75.0291, 6
  %200 = getelementptr inbounds float, ptr %d_h_weight, i64 %199
  %201 = extractelement <8 x float> %190, i64 3
  store float %201, ptr %200, align 4
  %202 = or disjoint i64 %j75.0291, 8
  %203 = getelementptr inbounds float, ptr %d_h_weight, i64 %202
  %204 = extractelement <8 x float> %190, i64 4
  store float %204, ptr %203, align 4
  %205 = or disjoint i64 %j75.0291, 10
  %206 = getelementptr inbounds float, ptr %d_h_weight, i64 %205
  %207 = extractelement <8 x float> %190, i64 5
  store float %207, ptr %206, align 4
  %208 = or disjoint i64 %j75.0291, 12
  %209 = getelementptr inbounds float, ptr %d_h_weight, i64 %208
  %210 = extractelement <8 x float> %190, i64 6
  store float %210, ptr %209, align 4
  %211 = or disjoint i64 %j75.0291, 14
  %212 = getelementptr inbounds float, ptr %d_h_weight, i64 %211
  %213 = extractelement <8 x float> %190, i64 7
  store float %213, ptr %212, align 4
  br i1 %180, label %k.cond96.preheader, label %j.end79
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @xor_update_step(ptr nocapture align 64 %ws) #2 {
entry:
  %train_lr = getelementptr inbounds i8, ptr %ws, i64 256
  %train_step = getelementptr inbounds i8, ptr %ws, i64 320
  %all_exp_avg = getelementptr inbounds i8, ptr %ws, i64 384
  %all_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 640
  %all_grads = getelementptr inbounds i8, ptr %ws, i64 896
  %0 = load float, ptr %train_step, align 64
  %1 = fadd float %0, 1.000000e+00
  store float %1, ptr %train_step, align 64
  %2 = load float, ptr %train_lr, align 64
  %3 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %1)
  %4 = fsub float 1.000000e+00, %3
  %5 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %1)
  %6 = fsub float 1.000000e+00, %5
  %7 = fdiv float %2, %4
  %8 = tail call float @llvm.sqrt.f32(float %6)
  %broadcast.splatinsert = insertelement <8 x float> poison, float %7, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert17 = insertelement <8 x float> poison, float %8, i64 0
  %broadcast.splat18 = shufflevector <8 x float> %broadcast.splatinsert17, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %entry
  %index = phi i64 [ 0, %entry ], [ %index.next, %vector.body ]
  %9 = getelementptr inbounds float, ptr %all_grads, i64 %index
  %wide.load = load <8 x float>, ptr %9, align 32
  %10 = getelementptr inbounds float, ptr %all_exp_avg, i64 %index
  %wide.load14 = load <8 x float>, ptr %10, align 32
  %11 = fmul <8 x float> %wide.load14, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %12 = fmul <8 x float> %wide.load, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %13 = fadd <8 x float> %12, %11
  store <8 x float> %13, ptr %10, align 32
  %14 = getelementptr inbounds float, ptr %all_exp_avg_sq, i64 %index
  %wide.load15 = load <8 x float>, ptr %14, align 32
  %15 = fmul <8 x float> %wide.load15, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %16 = fmul <8 x float> %wide.load, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %17 = fmul <8 x float> %wide.load, %16
  %18 = fadd <8 x float> %17, %15
  store <8 x float> %18, ptr %14, align 32
  %19 = getelementptr inbounds float, ptr %ws, i64 %index
  %wide.load16 = load <8 x float>, ptr %19, align 32
  %20 = fmul <8 x float> %broadcast.splat, %13
  %21 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %18)
  %22 = fdiv <8 x float> %21, %broadcast.splat18
  %23 = fadd <8 x float> %22, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %24 = fdiv <8 x float> %20, %23
  %25 = fsub <8 x float> %wide.load16, %24
  store <8 x float> %25, ptr %19, align 32
  %index.next = add nuw i64 %index, 8
  %26 = icmp eq i64 %index.next, 48
  br i1 %26, label %i.body, label %vector.body, !llvm.loop !15

i.body:                                           ; preds = %vector.body, %i.body
  %i.013 = phi i64 [ %48, %i.body ], [ 48, %vector.body ]
  %27 = getelementptr inbounds float, ptr %all_grads, i64 %i.013
  %28 = load float, ptr %27, align 4
  %29 = getelementptr inbounds float, ptr %all_exp_avg, i64 %i.013
  %30 = load float, ptr %29, align 4
  %31 = fmul float %30, 0x3FECCCCCC0000000
  %32 = fmul float %28, 0x3FB99999A0000000
  %33 = fadd float %32, %31
  store float %33, ptr %29, align 4
  %34 = getelementptr inbounds float, ptr %all_exp_avg_sq, i64 %i.013
  %35 = load float, ptr %34, align 4
  %36 = fmul float %35, 0x3FEFF7CEE0000000
  %37 = fmul float %28, 0x3F50624DE0000000
  %38 = fmul float %28, %37
  %39 = fadd float %38, %36
  store float %39, ptr %34, align 4
  %40 = getelementptr inbounds float, ptr %ws, i64 %i.013
  %41 = load float, ptr %40, align 4
  %42 = fmul float %7, %33
  %43 = tail call float @llvm.sqrt.f32(float %39)
  %44 = fdiv float %43, %8
  %45 = fadd float %44, 0x3E45798EE0000000
  %46 = fdiv float %42, %45
  %47 = fsub float %41, %46
  store float %47, ptr %40, align 4
  %48 = add nuw nsw i64 %i.013, 1
  %exitcond.not = icmp eq i64 %48, 49
  br i1 %exitcond.not, label %i.end, label %i.body, !llvm.loop !16

i.end:                                            ; preds = %i.body
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_eval_batch(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #3 {
entry:
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1280
  %y = getelementptr inbounds i8, ptr %ws, i64 1536
  %loss = getelementptr inbounds i8, ptr %ws, i64 1600
  tail call void @xor_forward(ptr %ws, ptr %ws, ptr %x, ptr nonnull %y, i64 %n)
  %.not.i = icmp eq i64 %n, 0
  br i1 %.not.i, label %xor_bce_loss_1.exit.thread, label %i.body.i

xor_bce_loss_1.exit.thread:                       ; preds = %entry
  %0 = uitofp nneg i64 %n to float
  %1 = fdiv float 1.000000e+00, %0
  %2 = fmul float %1, 0.000000e+00
  store float %2, ptr %loss, align 64
  br label %i.end

i.body.i:                                         ; preds = %entry, %i.body.i
  %i.09.i = phi i64 [ %16, %i.body.i ], [ 0, %entry ]
  %sum.08.i = phi float [ %15, %i.body.i ], [ 0.000000e+00, %entry ]
  %3 = getelementptr inbounds float, ptr %y_pre, i64 %i.09.i
  %4 = load float, ptr %3, align 4
  %5 = tail call float @llvm.maxnum.f32(float %4, float 0.000000e+00)
  %6 = getelementptr inbounds float, ptr %target, i64 %i.09.i
  %7 = load float, ptr %6, align 4
  %8 = fmul float %4, %7
  %9 = fsub float %5, %8
  %10 = tail call float @llvm.fabs.f32(float %4)
  %11 = fneg float %10
  %12 = tail call float @llvm.exp.f32(float %11)
  %13 = tail call float @log1pf(float %12)
  %14 = fadd float %13, %9
  %15 = fadd reassoc float %sum.08.i, %14
  %16 = add nuw nsw i64 %i.09.i, 1
  %exitcond.not.i = icmp eq i64 %16, %n
  br i1 %exitcond.not.i, label %i.body.preheader, label %i.body.i

i.body.preheader:                                 ; preds = %i.body.i
  %17 = uitofp i64 %n to float
  %18 = fdiv float 1.000000e+00, %17
  %19 = fmul float %18, %15
  store float %19, ptr %loss, align 64
  %min.iters.check = icmp ult i64 %n, 32
  br i1 %min.iters.check, label %i.body.preheader24, label %vector.ph

vector.ph:                                        ; preds = %i.body.preheader
  %n.vec = and i64 %n, -32
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %44, %vector.body ]
  %vec.phi12 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %45, %vector.body ]
  %vec.phi13 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %46, %vector.body ]
  %vec.phi14 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %47, %vector.body ]
  %20 = getelementptr inbounds float, ptr %y, i64 %index
  %21 = getelementptr inbounds i8, ptr %20, i64 32
  %22 = getelementptr inbounds i8, ptr %20, i64 64
  %23 = getelementptr inbounds i8, ptr %20, i64 96
  %wide.load = load <8 x float>, ptr %20, align 64
  %wide.load15 = load <8 x float>, ptr %21, align 32
  %wide.load16 = load <8 x float>, ptr %22, align 64
  %wide.load17 = load <8 x float>, ptr %23, align 32
  %24 = fcmp ogt <8 x float> %wide.load, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %25 = fcmp ogt <8 x float> %wide.load15, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %26 = fcmp ogt <8 x float> %wide.load16, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %27 = fcmp ogt <8 x float> %wide.load17, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %28 = getelementptr inbounds float, ptr %target, i64 %index
  %29 = getelementptr inbounds i8, ptr %28, i64 32
  %30 = getelementptr inbounds i8, ptr %28, i64 64
  %31 = getelementptr inbounds i8, ptr %28, i64 96
  %wide.load18 = load <8 x float>, ptr %28, align 4
  %wide.load19 = load <8 x float>, ptr %29, align 4
  %wide.load20 = load <8 x float>, ptr %30, align 4
  %wide.load21 = load <8 x float>, ptr %31, align 4
  %32 = fcmp ule <8 x float> %wide.load18, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %33 = fcmp ule <8 x float> %wide.load19, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %34 = fcmp ule <8 x float> %wide.load20, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %35 = fcmp ule <8 x float> %wide.load21, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %36 = xor <8 x i1> %24, %32
  %37 = xor <8 x i1> %25, %33
  %38 = xor <8 x i1> %26, %34
  %39 = xor <8 x i1> %27, %35
  %40 = select <8 x i1> %36, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %41 = select <8 x i1> %37, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %42 = select <8 x i1> %38, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %43 = select <8 x i1> %39, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %44 = fadd reassoc <8 x float> %vec.phi, %40
  %45 = fadd reassoc <8 x float> %vec.phi12, %41
  %46 = fadd reassoc <8 x float> %vec.phi13, %42
  %47 = fadd reassoc <8 x float> %vec.phi14, %43
  %index.next = add nuw i64 %index, 32
  %48 = icmp eq i64 %index.next, %n.vec
  br i1 %48, label %middle.block, label %vector.body, !llvm.loop !17

middle.block:                                     ; preds = %vector.body
  %bin.rdx = fadd reassoc <8 x float> %45, %44
  %bin.rdx22 = fadd reassoc <8 x float> %46, %bin.rdx
  %bin.rdx23 = fadd reassoc <8 x float> %47, %bin.rdx22
  %49 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx23)
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end, label %i.body.preheader24

i.body.preheader24:                               ; preds = %middle.block, %i.body.preheader
  %i.07.ph = phi i64 [ 0, %i.body.preheader ], [ %n.vec, %middle.block ]
  %hits.06.ph = phi float [ 0.000000e+00, %i.body.preheader ], [ %49, %middle.block ]
  br label %i.body

i.body:                                           ; preds = %i.body.preheader24, %i.body
  %i.07 = phi i64 [ %59, %i.body ], [ %i.07.ph, %i.body.preheader24 ]
  %hits.06 = phi float [ %58, %i.body ], [ %hits.06.ph, %i.body.preheader24 ]
  %50 = getelementptr inbounds float, ptr %y, i64 %i.07
  %51 = load float, ptr %50, align 4
  %52 = fcmp ogt float %51, 5.000000e-01
  %53 = getelementptr inbounds float, ptr %target, i64 %i.07
  %54 = load float, ptr %53, align 4
  %55 = fcmp ule float %54, 5.000000e-01
  %56 = xor i1 %52, %55
  %57 = select i1 %56, float 1.000000e+00, float 0.000000e+00
  %58 = fadd reassoc float %hits.06, %57
  %59 = add nuw nsw i64 %i.07, 1
  %exitcond.not = icmp eq i64 %59, %n
  br i1 %exitcond.not, label %i.end, label %i.body, !llvm.loop !18

i.end:                                            ; preds = %i.body, %middle.block, %xor_bce_loss_1.exit.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %xor_bce_loss_1.exit.thread ], [ %49, %middle.block ], [ %58, %i.body ]
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

; Function Attrs: nounwind
define float @xor_compute_gradients(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #5 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_grad_step(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #5
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_grad_step(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @xor_gradients(ptr %0, ptr %1) local_unnamed_addr #5 {
entry:
  %2 = tail call ptr @nnrt_gradients(ptr %0, ptr %1) #5
  ret ptr %2
}

declare ptr @nnrt_gradients(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_apply_gradients(ptr %0) local_unnamed_addr #5 {
entry:
  %1 = tail call i32 @nnrt_update_step(ptr %0) #5
  ret i32 %1
}

declare i32 @nnrt_update_step(ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_set_lr(ptr %0, float %1) local_unnamed_addr #5 {
entry:
  %2 = tail call i32 @nnrt_set_lr(ptr %0, float %1) #5
  ret i32 %2
}

declare i32 @nnrt_set_lr(ptr, float) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_get_lr(ptr %0) local_unnamed_addr #5 {
entry:
  %1 = tail call float @nnrt_get_lr(ptr %0) #5
  ret float %1
}

declare float @nnrt_get_lr(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fabs.v4f32(<4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #7

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { mustprogress nofree nounwind willreturn memory(write) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #3 = { nofree nounwind memory(write, argmem: readwrite) }
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
!6 = !{!7}
!7 = distinct !{!7, !8}
!8 = distinct !{!8, !"LVerDomain"}
!9 = !{!10}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !2, !1}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !2, !1}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !2, !1}
